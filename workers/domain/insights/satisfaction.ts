/**
 * @module domain/insights/satisfaction
 * Satisfaction from the program's survey answers, read once grouped by month: the whole program's
 * average rating and NPS, and each month's in the range, each needing five answers (./privacy).
 */
import { MIN_PEOPLE, floored, type Suppression } from "./privacy";
import { percent, round1 } from "./measures";

/** A month's rating (1–5) or NPS (0–10) answers; `responses` is the month's answering responses. */
export type RatingRow = {
  month: string;
  type: "rating" | "nps" | "responses";
  answers: number;
  total: number | null;
  promoters: number | null;
  detractors: number | null;
};
type Sums = { answers: number; total: number; promoters: number; detractors: number };

/** Every month from the one `from` falls in to the one `to` falls in, as YYYY-MM. */
export function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  const end = new Date(to).toISOString().slice(0, 7);
  for (let d = new Date(from); ; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const month = d.toISOString().slice(0, 7);
    if (month > end) return months;
    months.push(month);
  }
}

const sumOf = (rows: RatingRow[]): Sums =>
  rows.reduce(
    (s, r) => ({
      answers: s.answers + r.answers,
      total: s.total + (r.total ?? 0),
      promoters: s.promoters + (r.promoters ?? 0),
      detractors: s.detractors + (r.detractors ?? 0),
    }),
    { answers: 0, total: 0, promoters: 0, detractors: 0 },
  );
const average = (s: Sums) => (s.answers >= MIN_PEOPLE ? round1(s.total / s.answers) : null);
const nps = (s: Sums) =>
  s.answers >= MIN_PEOPLE ? Math.round(((s.promoters - s.detractors) / s.answers) * 100) : null;

/** The satisfaction section; what the floor hid goes into `suppressed`. */
export function satisfactionOf(
  ratings: RatingRow[],
  invitations: { invited: number; responded: number },
  range: { from: number; to: number },
  suppressed: Suppression[],
) {
  const ofType = (type: RatingRow["type"], month?: string) =>
    sumOf(ratings.filter((r) => r.type === type && (month === undefined || r.month === month)));
  const hide = (s: Sums, cell: string) => {
    if (s.answers > 0 && s.answers < MIN_PEOPLE) suppressed.push({ cell, reason: "fewer than 5 answers" });
  };
  const rating = ofType("rating");
  const scores = ofType("nps");
  hide(rating, "satisfaction:averageRating");
  hide(scores, "satisfaction:nps");
  const byMonth = monthsBetween(range.from, range.to).map((month) => {
    const answers = ofType("responses", month).answers;
    const cell = `satisfaction:byMonth:${month}`;
    // A month of one to four answers says who answered what: every figure of it is hidden.
    if (floored(answers) === null) suppressed.push({ cell, reason: "fewer than 5 answers" });
    else {
      hide(ofType("rating", month), `${cell}:averageRating`);
      hide(ofType("nps", month), `${cell}:nps`);
    }
    return {
      month,
      answers: floored(answers),
      averageRating: average(ofType("rating", month)),
      nps: nps(ofType("nps", month)),
    };
  });
  return {
    invited: invitations.invited,
    responseRate: percent(invitations.responded, invitations.invited),
    averageRating: average(rating),
    nps: nps(scores),
    byMonth,
  };
}
