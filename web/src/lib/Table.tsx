/**
 * A table in its frame. On a phone (below 640 px) each row becomes a card of "label: value" lines:
 * every cell is labelled with its column's name (`data-label`), unless the page labelled it itself.
 */
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

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

/** Labels each cell by its column; a row of one cell spanning the table (a panel under a row) keeps none. */
function labelCells(body: HTMLTableSectionElement, columns: string[]) {
  for (const row of Array.from(body.rows)) {
    if (row.cells.length === 1 && row.cells[0]!.colSpan > 1) continue;
    let col = 0;
    for (const cell of Array.from(row.cells)) {
      if (!cell.hasAttribute("data-label") && columns[col]) cell.setAttribute("data-label", columns[col]!);
      col += cell.colSpan;
    }
  }
}

/** A table's row of column names, for a table drawn by hand (one `Table` does not fit). */
export function TableHead({ columns, class: cls }: { columns: string[]; class?: string }) {
  return (
    <thead class={cls}>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function Table({ caption, columns, class: cls, busy, region, children }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    labelCells(el, columns);
    // A row's own component may re-render alone (an edit in place), so new cells are labelled as they come.
    const watch = new MutationObserver(() => labelCells(el, columns));
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [columns.join("\n")]);
  return (
    <div
      class="table-wrap"
      aria-busy={busy ? "true" : undefined}
      {...(region && { tabIndex: 0, role: "region", "aria-label": region })}
    >
      <table class={[...new Set(["stack", ...(cls ?? "").split(" ")])].filter(Boolean).join(" ")}>
        {caption && <caption class="sr-only">{caption}</caption>}
        <TableHead columns={columns} />
        <tbody ref={body}>{children}</tbody>
      </table>
    </div>
  );
}
