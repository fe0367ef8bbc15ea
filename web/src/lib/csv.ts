/** Tables as CSV text for the downloads the pages offer (insights, import errors). */
import Papa from "papaparse";

export type Cell = string | number | null;

/**
 * Cells a spreadsheet would run as a formula (= + - @ …) get a leading `'`, as the participants export
 * does; a figure the 5-person floor hid is written "hidden".
 */
export const toCsv = (header: string[], rows: Cell[][]) =>
  Papa.unparse(
    { fields: header, data: rows.map((r) => r.map((c) => (c === null ? "hidden" : c))) },
    { escapeFormulae: true, newline: "\r\n" },
  );
