/** One part of a program's journey page: its heading, a line on what it is for, then the part itself. */
import type { ComponentChildren } from "preact";

export function JourneyPart(props: { id: string; title: string; hint: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p class="hint">{props.hint}</p>
      {props.children}
    </section>
  );
}
