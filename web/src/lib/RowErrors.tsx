/** The rows a refused CSV upload had wrong: the first ones listed, all of them in a download. */
import { useEffect, useState } from "preact/hooks";
import { toCsv } from "./csv";

type RowError = { row: number; email: string; errors: string[] };

/** Bad rows listed on the page; the download holds every one. */
const SHOWN = 50;
const number = new Intl.NumberFormat();

export function RowErrors({ rows, file }: { rows: RowError[]; file: string }) {
  const [href, setHref] = useState("");
  useEffect(() => {
    const csv = toCsv(
      ["row", "email", "errors"],
      rows.map((r) => [r.row, r.email, r.errors.join("; ")]),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [rows]);
  if (rows.length === 0) return null;
  return (
    <>
      <ul class="row-errors">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={r.row}>
            Row {r.row} ({r.email || "no email"}): {r.errors.join("; ")}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p>And {number.format(rows.length - SHOWN)} more rows with errors.</p>}
      <p>
        <a href={href} download={file}>
          Download the list of errors (CSV)
        </a>
      </p>
    </>
  );
}
