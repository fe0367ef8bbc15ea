/** A list of cards, one an item (keyed by its id), named for screen readers. */
import type { ComponentChildren } from "preact";

export function Cards<T extends { id: string }>(props: {
  label: string;
  items: T[];
  children: (item: T) => ComponentChildren;
}) {
  return (
    <ul class="cards" aria-label={props.label}>
      {props.items.map((item) => (
        <li class="card" key={item.id}>
          {props.children(item)}
        </li>
      ))}
    </ul>
  );
}
