/** A table's numbers as a CSV file, built in the browser from the JSON the page already has. */
import type { ComponentChildren } from "preact";
import type { Cell } from "./csv";
import { useT } from "./i18n";

/**
 * A download link for one table; `label` names the table for screen readers ("the funnel"), `children`
 * replace the link's usual words. The file is written when asked for, not on each render: a page of
 * insights has a dozen tables, and the CSV writer loads only then.
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
  const { t } = useT();
  const save = async (e: MouseEvent) => {
    e.preventDefault();
    const { toCsv } = await import("./csv");
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: "text/csv" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${file}.csv`;
    link.click();
    // Some browsers read the file a moment after the click: the address is freed once that is surely over.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <a class={props.class ?? "csv no-print"} href={`#${file}.csv`} download={`${file}.csv`} onClick={save}>
      {children ?? (
        <>
          {t("csv.download")}
          <span class="sr-only"> {t("csv.of", { label })}</span>
        </>
      )}
    </a>
  );
}
