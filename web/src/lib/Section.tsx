/** A titled part of a page: its h2 names it for screen readers, and a hint may follow the title. */
import type { ComponentChildren } from "preact";

export function Section(props: {
  headingId: string;
  title: string;
  hint?: string;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <section class={props.class} id={props.id} aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.title}</h2>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.children}
    </section>
  );
}

/** A page's frame: its section and its one h1. */
export function Page(props: { title: string; class?: string; children: ComponentChildren }) {
  return (
    <section class={props.class}>
      <h1>{props.title}</h1>
      {props.children}
    </section>
  );
}
