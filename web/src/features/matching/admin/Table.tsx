/** The matching page's tables: rows that become labelled cards on a phone (`table.stack` in the styles). */
import type { ComponentChildren } from "preact";

type Props = {
  /** Names the table for screen readers (and for the tests). */
  caption: string;
  columns: string[];
  class?: string;
  busy?: boolean;
  children: ComponentChildren;
};

export function StackTable({ caption, columns, class: extra, busy, children }: Props) {
  return (
    <div class="table-wrap" aria-busy={busy ? "true" : undefined}>
      <table class={`stack ${extra ?? ""}`}>
        <caption class="sr-only">{caption}</caption>
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

/** A cell with a person's name and, under it, their email. */
export function PersonCell({ label, name, email }: { label: string; name: string; email: string }) {
  return (
    <td data-label={label}>
      <span class="person-cell">
        {name}
        <span class="hint">{email}</span>
      </span>
    </td>
  );
}
