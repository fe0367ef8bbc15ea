/**
 * A list that loads, shown as cards: a skeleton until it comes (nothing when it failed, since the page
 * says why), its empty state when it has nothing, else one card an item.
 */
import type { ComponentChildren } from "preact";
import { Skeleton } from "./Skeleton";

type Loaded<T> = { data: { items: T[] } | null; error: string | null };

export function CardList<T extends { id: string }>(props: {
  list: Loaded<T>;
  label: string;
  empty: ComponentChildren;
  children: (item: T) => ComponentChildren;
}) {
  const { list, label, empty, children } = props;
  if (!list.data) return list.error ? null : <Skeleton />;
  if (list.data.items.length === 0) return <>{empty}</>;
  return (
    <ul class="cards" aria-label={label}>
      {list.data.items.map((item) => (
        <li class="card" key={item.id}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
