/**
 * @module domain/outcomes/compute
 * A program's outcomes beside the company's: per cohort (the month participants signed up), the share
 * of participants promoted, moved internally and still at the company since that month, beside the same
 * shares of everyone else in the HR file (the baseline), under the 5-person floor of domain/insights.
 * README "Program outcomes" defines each figure; this is its arithmetic over plain rows.
 */
import { MIN_PEOPLE, floored, type Suppression } from "../insights/privacy";
import { median, percent } from "../insights/measures";

/** One email of the file, its events folded to what the figures need (dates YYYY-MM-DD). */
export type FilePerson = {
  email: string;
  lastPromoted: string | null;
  lastMoved: string | null;
  /** Every `started` and every `left_company` date, comma-separated, or null. */
  started: string | null;
  left: string | null;
};
/** A participant: a confirmed enrollment, with the start of their first pair in the program, if any. */
export type Participant = { email: string; signedUpAt: number; firstPairAt: number | null };
export type OutcomeRows = { file: FilePerson[]; participants: Participant[] };

export type Rate = { rate: number | null; people: number | null };
export type Group = { people: number; promoted: Rate; movedInternally: Rate; retained: Rate };
export type Cohort = {
  cohort: string;
  since: string;
  participants: Group & {
    signedUp: number;
    notInFile: number;
    onboarding: { medianDays: number | null; people: number };
  };
  baseline: Group;
};
export type Outcomes = { filePeople: number; cohorts: Cohort[]; suppressed: Suppression[] };

const DAY = 86_400_000;
const FEW = "fewer than 5 people";
const FEW_WITHOUT = "fewer than 5 people without it";

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const nextMonth = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dates = (list: string | null | undefined) => (list ? list.split(",").sort() : []);

/**
 * Someone at the company in the cohort's month: started before its end (or no start on file), and not
 * gone before it began, unless they started again after leaving (a rehire).
 */
function inScope(p: FilePerson, since: string, until: string) {
  const started = dates(p.started).filter((d) => d < until);
  if (p.started && !started.length) return false;
  const leftBefore = dates(p.left)
    .filter((d) => d < since)
    .at(-1);
  return leftBefore === undefined || started.some((d) => d > leftBefore);
}

function group(label: string, people: FilePerson[], since: string, suppressed: Suppression[]): Group {
  const n = people.length;
  const small = floored(n) === null;
  if (small) suppressed.push({ cell: label, reason: FEW });
  const rate = (name: string, count: number): Rate => {
    if (small) return { rate: null, people: null };
    // The rest of the group (those not promoted, those who left) are people too: a share of 98% of
    // 100 points at the two who left.
    const why = floored(count) === null ? FEW : floored(n - count) === null ? FEW_WITHOUT : null;
    if (why) {
      suppressed.push({ cell: `${label}:${name}`, reason: why });
      return { rate: null, people: null };
    }
    return { rate: percent(count, n), people: count };
  };
  return {
    people: n,
    promoted: rate("promoted", people.filter((p) => (p.lastPromoted ?? "") >= since).length),
    movedInternally: rate("movedInternally", people.filter((p) => (p.lastMoved ?? "") >= since).length),
    retained: rate("retained", people.filter((p) => !dates(p.left).some((d) => d >= since)).length),
  };
}

/**
 * Days from someone's start at the company to their first pair: from the latest `started` on or before
 * that pair's first day (a rehire counts from their return), or null without one.
 */
function daysToFirstPair(p: Participant, file: FilePerson | undefined): number | null {
  if (p.firstPairAt === null) return null;
  const before = dates(file?.started).filter((d) => d <= dayOf(p.firstPairAt!));
  const started = before.at(-1);
  return started === undefined ? null : Math.floor((p.firstPairAt - Date.parse(`${started}T00:00:00Z`)) / DAY);
}

/** Every cohort's figures, oldest first, or only `only`'s (even when nobody signed up that month). */
export function computeOutcomes(rows: OutcomeRows, only?: string): Outcomes {
  const byEmail = new Map(rows.file.map((p) => [p.email, p]));
  const participantEmails = new Set(rows.participants.map((p) => p.email));
  const baselinePeople = rows.file.filter((p) => !participantEmails.has(p.email));
  const months = only ? [only] : [...new Set(rows.participants.map((p) => monthOf(p.signedUpAt)))].sort();
  const suppressed: Suppression[] = [];
  const cohorts = months.map((month): Cohort => {
    const since = `${month}-01`;
    const until = nextMonth(month);
    const signedUp = rows.participants.filter((p) => monthOf(p.signedUpAt) === month);
    const known = signedUp.filter((p) => byEmail.has(p.email));
    const counted = known.map((p) => byEmail.get(p.email)!).filter((p) => inScope(p, since, until));
    const days = signedUp.map((p) => daysToFirstPair(p, byEmail.get(p.email))).filter((d) => d !== null);
    const enough = days.length >= MIN_PEOPLE;
    if (days.length && !enough) suppressed.push({ cell: `${month}:participants:onboarding`, reason: FEW });
    return {
      cohort: month,
      since,
      participants: {
        signedUp: signedUp.length,
        notInFile: signedUp.length - known.length,
        ...group(`${month}:participants`, counted, since, suppressed),
        onboarding: { medianDays: enough ? median(days) : null, people: days.length },
      },
      baseline: group(
        `${month}:baseline`,
        baselinePeople.filter((p) => inScope(p, since, until)),
        since,
        suppressed,
      ),
    };
  });
  return { filePeople: rows.file.length, cohorts, suppressed };
}
