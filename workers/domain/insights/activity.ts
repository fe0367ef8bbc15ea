/**
 * @module domain/insights/activity
 * What a program's pairs do beyond their meetings: its speed-mentoring events (who came, who picked
 * each other) and, in a reverse program, how each rotation cycle was rated, with the 5-person floor.
 */
import { MIN_PEOPLE, floored, type Suppression } from "./privacy";
import { round1 } from "./measures";

export type EventTotals = { registered: number; present: number; mutual_picks: number };
export type CycleRow = { cycle: number; answers: number; total: number | null };

/** Attendance and mutual picks over all the program's events: exact, as the hosts see them by name. */
export const eventsOf = (t: EventTotals) => ({
  registered: t.registered,
  present: t.present,
  mutualPicks: t.mutual_picks,
});

/** Each cycle's feedback: its count and average need five answers, as a survey's do. */
export function cyclesOf(rows: CycleRow[], suppressed: Suppression[]) {
  return rows.map((r) => {
    if (floored(r.answers) === null) suppressed.push({ cell: `cycles:${r.cycle}`, reason: "fewer than 5 answers" });
    return {
      cycle: r.cycle,
      answers: floored(r.answers),
      averageRating: r.answers >= MIN_PEOPLE ? round1(r.total! / r.answers) : null,
    };
  });
}
