/** A table's numbers as a CSV file, built in the browser from the JSON the page already has. */
import { useEffect, useState } from "preact/hooks";
import { toCsv, type Cell } from "../../lib/csv";

/** A download link for one table; `label` names the table for screen readers ("the funnel"). */
export function DownloadCsv(props: { file: string; label: string; header: string[]; rows: Cell[][] }) {
  const { file, label, header, rows } = props;
  const [href, setHref] = useState("");
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: "text/csv" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [JSON.stringify([header, rows])]);
  return (
    <a class="csv no-print" href={href || undefined} download={`${file}.csv`}>
      Download CSV<span class="sr-only"> of {label}</span>
    </a>
  );
}
