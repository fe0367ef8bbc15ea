/**
 * @module domain/outcomes/csv
 * The outcomes file an organiser exports from their HR system: `email,event,date`, one row per thing
 * that happened to an employee. Parsing uses papaparse (quoted cells, embedded commas); this module
 * only knows the columns and what each may hold. A file is taken whole or not at all.
 */
import { OUTCOME_EVENTS, type OutcomeEvent } from "../kinds";
import { emailCell, readCsvFile } from "../csv-file";

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
  const hint = "Use the columns email,event,date.";
  const file = readCsvFile(csv, { required: OUTCOME_COLUMNS, known: OUTCOME_COLUMNS, maxRows, hint });
  if (file.fatal !== undefined) return { rows: [], errors: [], fatal: file.fatal };
  const rows: OutcomeRow[] = [];
  const errors: OutcomeRowError[] = [];
  for (const record of file.records) {
    const { get, problems: errs } = record;
    const email = emailCell(record);
    const event = get("event").toLowerCase();
    const known = (OUTCOME_EVENTS as readonly string[]).includes(event);
    if (!known) errs.push(`event must be one of ${OUTCOME_EVENTS.join(", ")}`);
    const date = get("date");
    const problem = dateProblem(date, now);
    if (problem) errs.push(problem);
    if (errs.length || !email.ok || !known) {
      errors.push({ row: record.row, email: email.email.slice(0, 254), errors: errs });
      continue;
    }
    rows.push({ email: email.email, event: event as OutcomeEvent, date });
  }
  return { rows, errors };
}
