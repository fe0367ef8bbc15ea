/**
 * @module domain/outcomes/csv
 * The outcomes file an organiser exports from their HR system: `email,event,date`, one row per thing
 * that happened to an employee. Parsing uses papaparse (quoted cells, embedded commas); this module
 * only knows the columns and what each may hold. A file is taken whole or not at all.
 */
import Papa from "papaparse";
import { OUTCOME_EVENTS, type OutcomeEvent } from "../kinds";
import { emailSchema } from "../profile";

export const OUTCOME_COLUMNS = ["email", "event", "date"] as const;
export const MAX_OUTCOME_ROWS = 20_000;

export type OutcomeRow = { email: string; event: OutcomeEvent; date: string };
export type OutcomeRowError = { row: number; email: string; errors: string[] };
export type ParsedOutcomes = { rows: OutcomeRow[]; errors: OutcomeRowError[]; fatal?: string };

// The calendar day is already "today" somewhere up to 14 hours ahead of UTC (UTC+14), so a file written
// there is not refused for a date that is still tomorrow in UTC.
const latestToday = (now: number) => new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);

/** Why a date cell is not a day from 1900 to today, or null when it is one. */
function dateProblem(value: string, now: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "date must be a day written YYYY-MM-DD";
  const ms = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; a real day reads back as itself.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return `date ${value} is not a real day`;
  if (value < "1900-01-01") return "date is before 1900";
  if (value > latestToday(now)) return "date is in the future";
  return null;
}

/** Parses and validates a whole file; row numbers count the header as row 1, as a spreadsheet shows them. */
export function parseOutcomesCsv(csv: string, now: number, maxRows = MAX_OUTCOME_ROWS): ParsedOutcomes {
  // Blank lines are kept (and skipped below) so that row numbers stay those a spreadsheet shows.
  const parsed = Papa.parse<Record<string, string | string[]>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const header = parsed.meta.fields ?? [];
  const fail = (fatal: string): ParsedOutcomes => ({ rows: [], errors: [], fatal });
  const missing = OUTCOME_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return fail(`The header lacks: ${missing.join(", ")}. Use the columns email,event,date.`);
  const unknown = header.filter((h) => !(OUTCOME_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return fail(`Unknown columns: ${unknown.join(", ")}. Use the columns email,event,date.`);
  const cells = (raw: Record<string, string | string[]>) => Object.values(raw).flat();
  const filled = parsed.data.filter((raw) => cells(raw).some((v) => v.trim() !== "")).length;
  if (filled === 0) return fail("The file has no rows.");
  if (filled > maxRows) return fail(`At most ${maxRows.toLocaleString("en")} rows at once.`);
  // An unclosed quote swallows the rest of the file into one cell; papaparse counts the header as row 0.
  const badQuotes = new Set(
    parsed.errors
      .filter((e) => e.type === "Quotes")
      .map((e) => Math.min(Math.max((e.row ?? 0) - 1, 0), parsed.data.length - 1)),
  );

  const rows: OutcomeRow[] = [];
  const errors: OutcomeRowError[] = [];
  parsed.data.forEach((raw, i) => {
    const fields = cells(raw);
    if (fields.every((v) => v.trim() === "")) return;
    const get = (c: string) => String(raw[c] ?? "").trim();
    const errs: string[] = [];
    if (badQuotes.has(i)) errs.push('a quoted cell is not closed (a " without its partner)');
    // A stray comma shifts every later cell into the wrong column; better to refuse than to guess.
    else if (fields.length !== header.length)
      errs.push(`the row has ${fields.length} cells; the header has ${header.length}`);
    const email = emailSchema.safeParse(get("email"));
    if (!email.success) errs.push("email is not a valid address");
    const event = get("event").toLowerCase();
    const known = (OUTCOME_EVENTS as readonly string[]).includes(event);
    if (!known) errs.push(`event must be one of ${OUTCOME_EVENTS.join(", ")}`);
    const date = get("date");
    const problem = dateProblem(date, now);
    if (problem) errs.push(problem);
    if (errs.length || !email.success || !known) {
      errors.push({ row: i + 2, email: email.success ? email.data : get("email").slice(0, 254), errors: errs });
      return;
    }
    rows.push({ email: email.data, event: event as OutcomeEvent, date });
  });
  return { rows, errors };
}
