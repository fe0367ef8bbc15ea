/**
 * @module domain/insights/csv
 * A table of a program's insights as CSV, for a spreadsheet: hidden cells say "hidden", the merged
 * row of small groups says so, and a cell that a spreadsheet would run as a formula is escaped.
 */
import Papa from "papaparse";
import type { Insights } from "./compute";

export const INSIGHT_TABLES = ["funnel", "breakdowns", "series", "health"] as const;
export type InsightTable = (typeof INSIGHT_TABLES)[number];

type Cell = string | number | null;
const shown = (v: Cell) => (v === null ? "hidden" : v);
const OTHERS = "Others (fewer than 5 each)";

export type AttentionRow = {
  mentor: string;
  mentee: string;
  status: string;
  days: number;
  lastMet: string;
  reason: string;
};

export function insightsCsv(insights: Insights, table: InsightTable, attention: AttentionRow[] = []): string {
  const f = () => insights.funnel;
  // Only the table asked for is built.
  const tables: Record<InsightTable, () => { fields: string[]; data: Cell[][] }> = {
    funnel: () => ({
      fields: ["stage", "people"],
      data: [
        ["Signed up", f().signedUp],
        ["Confirmed", f().confirmed],
        ["Matched", f().matched],
        ["Met at least once", f().metOnce],
        ["In an active pair", f().active],
        ["In a completed pair", f().completed],
        ["In a pair ended early", f().endedEarly],
        ...Object.entries(f().endReasons).map(([reason, n]): Cell[] => [`Pairs ended early: ${reason}`, n ?? null]),
      ],
    }),
    breakdowns: () => ({
      fields: ["breakdown", "value", "people", "matched"],
      data: Object.entries(insights.breakdowns).flatMap(([name, rows]) =>
        rows.map((r): Cell[] => [name, r.value ?? OTHERS, r.people, r.matched]),
      ),
    }),
    series: () => ({
      fields: ["week", "signups", "new_pairs", "meetings", "answers"],
      data: insights.series.map((w) => [w.week, w.signups, w.newPairs, w.meetings, w.answers]),
    }),
    health: () => ({
      fields: ["mentor", "mentee", "status", "days", "last_met", "reason"],
      data: attention.map((a) => [a.mentor, a.mentee, a.status, a.days, a.lastMet, a.reason]),
    }),
  };
  const { fields, data } = tables[table]();
  return Papa.unparse({ fields, data: data.map((row) => row.map(shown)) }, { escapeFormulae: true });
}
