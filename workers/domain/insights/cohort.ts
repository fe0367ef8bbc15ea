/**
 * @module domain/insights/cohort
 * A cohort of a program: the people who signed up in one month (UTC), and the pairs they are in, so
 * each month's intake can be followed from sign-up to completed pair on its own.
 */
import type { InsightRows } from "./compute";

export function cohortOf(rows: InsightRows, month: string): InsightRows {
  const people = rows.people.filter((p) => new Date(p.created_at).toISOString().slice(0, 7) === month);
  const ids = new Set(people.map((p) => p.person_id));
  return { ...rows, people, pairs: rows.pairs.filter((p) => ids.has(p.mentor_id) || ids.has(p.mentee_id)) };
}
