/** A table in its frame, which scrolls sideways on a narrow screen (`table.stack` rows become labelled cards). */
import type { ComponentChildren } from "preact";

type Props = {
  /** Names the table for screen readers (and for the tests). */
  caption?: string;
  columns: string[];
  class?: string;
  busy?: boolean;
  /** For a wide table: the frame takes keyboard focus, so that it scrolls without a mouse, under this name. */
  region?: string;
  children: ComponentChildren;
};

export function Table({ caption, columns, class: cls, busy, region, children }: Props) {
  return (
    <div
      class="table-wrap"
      aria-busy={busy ? "true" : undefined}
      {...(region && { tabIndex: 0, role: "region", "aria-label": region })}
    >
      <table class={cls}>
        {caption && <caption class="sr-only">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
