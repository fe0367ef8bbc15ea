/**
 * @module domain/csv-file
 * Reading an uploaded CSV file the way every import does: papaparse parses it (quoted cells, embedded
 * commas, a leading BOM); this module checks the header and the size, and names the rows a spreadsheet
 * would show, each with the problems of its shape. What the cells must hold is the caller's.
 */
import Papa from "papaparse";
import { emailSchema } from "./profile";

type Raw = Record<string, string | string[]>;
/** A non-blank row: its number as a spreadsheet shows it (the header is row 1), a trimmed cell by column. */
export type CsvRecord = { row: number; get: (column: string) => string; problems: string[] };
export type CsvFile =
  { fatal: string; header?: never; records?: never } | { fatal?: never; header: string[]; records: CsvRecord[] };

export interface CsvShape {
  /** Columns the header must have. */
  required: readonly string[];
  /** Every column the header may have. */
  known: readonly string[];
  maxRows: number;
  /** Said after a header problem (which columns to use). */
  hint?: string;
}

export function readCsvFile(csv: string, shape: CsvShape): CsvFile {
  // Blank lines are kept (and skipped below) so that row numbers stay those a spreadsheet shows.
  const parsed = Papa.parse<Raw>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const header = parsed.meta.fields ?? [];
  const hint = shape.hint ? ` ${shape.hint}` : "";
  const missing = shape.required.filter((c) => !header.includes(c));
  if (missing.length) return { fatal: `The header lacks: ${missing.join(", ")}.${hint}` };
  const unknown = header.filter((h) => !shape.known.includes(h));
  if (unknown.length) return { fatal: `Unknown columns: ${unknown.join(", ")}.${hint}` };
  const cells = (raw: Raw) => Object.values(raw).flat();
  const filled = parsed.data.filter((raw) => cells(raw).some((v) => v.trim() !== "")).length;
  if (filled === 0) return { fatal: "The file has no rows." };
  if (filled > shape.maxRows) return { fatal: `At most ${shape.maxRows.toLocaleString("en")} rows at once.` };
  // An unclosed quote swallows the rest of the file into one cell; papaparse counts the header as row 0.
  const badQuotes = new Set(
    parsed.errors
      .filter((e) => e.type === "Quotes")
      .map((e) => Math.min(Math.max((e.row ?? 0) - 1, 0), parsed.data.length - 1)),
  );
  const records: CsvRecord[] = [];
  parsed.data.forEach((raw, i) => {
    const fields = cells(raw);
    if (fields.every((v) => v.trim() === "")) return;
    const problems: string[] = [];
    if (badQuotes.has(i)) problems.push('a quoted cell is not closed (a " without its partner)');
    // A stray comma shifts every later cell into the wrong column; better to refuse than to guess.
    else if (fields.length !== header.length)
      problems.push(`the row has ${fields.length} cells; the header has ${header.length}`);
    records.push({ row: i + 2, get: (c) => String(raw[c] ?? "").trim(), problems });
  });
  return { header, records };
}

/** The row's email, checked; a bad one is added to `problems` and kept as written, for the error list. */
export function emailCell(record: CsvRecord, get = record.get) {
  const email = emailSchema.safeParse(get("email"));
  if (!email.success) record.problems.push("email is not a valid address");
  return { ok: email.success, email: email.success ? email.data : get("email") };
}
