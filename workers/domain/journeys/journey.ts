/**
 * @module domain/journeys/journey
 * A program's journey: its suggested steps, each timed from a pair's start ("Week 1", "Month 2"), with a
 * short guide and discussion prompts; and the mentoring agreement a pair confirms at its start.
 */

export const JOURNEY_UNITS = ["week", "month"] as const;
export type JourneyUnit = (typeof JOURNEY_UNITS)[number];

/** One step: due by the end of its week or month, counted from the pair's start. */
export type JourneyStep = {
  id: string;
  unit: JourneyUnit;
  n: number;
  title: string;
  guide: string;
  prompts: string[];
};

/** What two people agree at the start: how often and how they meet, confidentiality, what each expects. */
export type AgreementTerms = {
  frequency: string;
  format: string;
  confidentiality: string;
  expectations: string;
};

export const MAX_JOURNEY_STEPS = 30;

const DAY = 86_400_000;
/** Days in a unit; a month is taken as 30 days, so "Month 2" is due 60 days in, whatever the calendar. */
export const UNIT_DAYS: Record<JourneyUnit, number> = { week: 7, month: 30 };

/** "Week 1", "Month 2": when the step falls, as the pair reads it. */
export const whenOf = (s: Pick<JourneyStep, "unit" | "n">) => `${s.unit === "week" ? "Week" : "Month"} ${s.n}`;

/** When a step opens and when it is due (the end of its week or month), for a pair that started at `start`. */
export function stepWindow(s: Pick<JourneyStep, "unit" | "n">, start: number) {
  const days = UNIT_DAYS[s.unit];
  return { opensAt: start + (s.n - 1) * days * DAY, dueAt: start + s.n * days * DAY };
}

/** Steps in the order a pair meets them: by when they are due, then as written. */
export const inOrder = <T extends Pick<JourneyStep, "unit" | "n">>(steps: T[]) =>
  steps
    .map((s, i) => ({ s, i, due: s.n * UNIT_DAYS[s.unit] }))
    .sort((a, b) => a.due - b.due || a.i - b.i)
    .map((x) => x.s);

/**
 * Where a pair is: the first step not ticked off (null once all are), and whether it is overdue. A pair
 * that has not started is at the first step.
 */
export function whereAreWe(steps: JourneyStep[], ticked: Set<string>, start: number | null, now: number) {
  const next = inOrder(steps).find((s) => !ticked.has(s.id)) ?? null;
  if (!next) return { current: null, overdue: false };
  return { current: next.id, overdue: start !== null && stepWindow(next, start).dueAt <= now };
}

/** The first meeting's agenda, from the journey's first step: its title and its prompts. */
export function firstAgenda(steps: JourneyStep[]) {
  const first = inOrder(steps)[0];
  if (!first) return "";
  return [`${whenOf(first)}: ${first.title}`, ...first.prompts.map((p) => `- ${p}`)].join("\n").slice(0, 2000);
}

/**
 * The thresholds an expected rhythm gives: a pair is quiet once it has missed half a meeting more than
 * the rhythm allows and stalled after three rhythms without one (every 2 weeks: quiet at 21, stalled at 42).
 */
export function thresholdsFor(meetingEveryDays: number) {
  return { quietDays: Math.ceil(meetingEveryDays * 1.5), stalledDays: meetingEveryDays * 3 };
}
