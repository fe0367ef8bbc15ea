/** The rows a refused CSV upload had wrong: the first ones listed, all of them in a download. */
import { DownloadCsv } from "./DownloadCsv";

type RowError = { row: number; email: string; errors: string[] };

/** Bad rows listed on the page; the download holds every one. */
const SHOWN = 50;
const number = new Intl.NumberFormat();

export function RowErrors({ rows, file }: { rows: RowError[]; file: string }) {
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
        <DownloadCsv
          class=""
          file={file}
          label="the rows with errors"
          header={["row", "email", "errors"]}
          rows={rows.map((r) => [r.row, r.email, r.errors.join("; ")])}
        >
          Download the list of errors (CSV)
        </DownloadCsv>
      </p>
    </>
  );
}
