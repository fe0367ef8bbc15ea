/** A table's numbers as a CSV file, built in the browser from the JSON the page already has. */
import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { toCsv, type Cell } from "./csv";

/**
 * A download link for one table; `label` names the table for screen readers ("the funnel"), `children`
 * replace the link's usual words.
 */
export function DownloadCsv(props: {
  file: string;
  label: string;
  header: string[];
  rows: Cell[][];
  class?: string;
  children?: ComponentChildren;
}) {
  const { file, label, header, rows, children } = props;
  const [href, setHref] = useState("");
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: "text/csv" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [JSON.stringify([header, rows])]);
  return (
    <a class={props.class ?? "csv no-print"} href={href || undefined} download={`${file}.csv`}>
      {children ?? (
        <>
          Download CSV<span class="sr-only"> of {label}</span>
        </>
      )}
    </a>
  );
}
