/** One part of a pair's page (its meetings, its goals), laid out alike. */
import type { ComponentChildren } from "preact";
import { Status } from "../../lib/Field";
import { Loading } from "../../lib/Loading";

/** Its heading, how its load went, what the last change did (`done`), then its content. */
export function PairPanel(props: {
  id: string;
  title: string;
  query: { data: unknown; error: string | null };
  done: string | null;
  children: ComponentChildren;
}) {
  const { id, title, query, done, children } = props;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      <Loading query={query} />
      <Status message={done} tone="success" />
      {children}
    </section>
  );
}
