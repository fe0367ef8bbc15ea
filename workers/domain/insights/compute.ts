/**
 * @module domain/insights/compute
 * A program's insights from the rows its repo reads: the funnel, matching, engagement, satisfaction,
 * health, weekly series and breakdowns, with the 5-person floor (./privacy) on everything that
 * describes people by an attribute or an answer. Counts of the program's own participants and pairs,
 * which its organisers see by name on the participants page anyway, are exact.
 */
import { floorBreakdown, floorCounts, floored, type Suppression } from "./privacy";
import { satisfactionOf, type RatingRow } from "./satisfaction";
import { cyclesOf, eventsOf, type CycleRow, type EventTotals } from "./activity";
import {
  DEFAULT_HEALTH,
  daysBetween,
  healthOf,
  median,
  percent,
  round1,
  weekOf,
  weeksBetween,
  type HealthPolicy,
} from "./measures";

export type PersonRow = {
  person_id: string;
  role: string;
  status: string;
  created_at: number;
  department: string;
  location: string;
  years_experience: number | null;
  is_mentor: number;
  is_mentee: number;
  seats: number;
};
export type PairRow = {
  mentor_id: string;
  mentee_id: string;
  status: string;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  end_reason: string | null;
  held: number;
  last_met: number | null;
  mentor_department: string;
  mentee_department: string;
  /** Both confirmed their mentoring agreement (1), or not. */
  agreed?: number;
};
export type WeekCount = { week: string; n: number };
export type InsightRows = {
  people: PersonRow[];
  pairs: PairRow[];
  meetingsByWeek: WeekCount[];
  answersByWeek: WeekCount[];
  totals: { goals: number; milestones: number } & EventTotals;
  cycles: CycleRow[];
  invitations: { invited: number; responded: number };
  ratings: RatingRow[];
};

const DAY = 86_400_000;
const OPEN = new Set(["proposed", "active"]);
const NOT_GIVEN = "Not given";

/** Years of experience in the bands a program reports on. */
export function seniorityOf(years: number | null): string {
  if (years === null) return NOT_GIVEN;
  if (years <= 2) return "0–2 years";
  if (years <= 5) return "3–5 years";
  if (years <= 10) return "6–10 years";
  return "11+ years";
}

type Range = { from: number; to: number };

export function computeInsights(rows: InsightRows, range: Range, now: number, policy: HealthPolicy = DEFAULT_HEALTH) {
  const suppressed: Suppression[] = [];
  const byPerson = new Map<string, PairRow[]>();
  for (const p of rows.pairs) {
    for (const id of [p.mentor_id, p.mentee_id]) {
      const list = byPerson.get(id);
      if (list) list.push(p);
      else byPerson.set(id, [p]);
    }
  }
  const pairsOf = (id: string) => byPerson.get(id) ?? [];
  const peopleWith = (test: (p: PairRow) => boolean) =>
    rows.people.filter((person) => pairsOf(person.person_id).some(test)).length;

  const ended = rows.pairs.filter((p) => p.status === "ended");
  const reasons = floorCounts(
    "endReasons",
    ended.reduce<Record<string, number>>(
      (acc, p) => ({ ...acc, [p.end_reason ?? "other"]: (acc[p.end_reason ?? "other"] ?? 0) + 1 }),
      {},
    ),
  );
  suppressed.push(...reasons.suppressed);
  const funnel = {
    signedUp: rows.people.length,
    confirmed: rows.people.filter((p) => p.status !== "pending").length,
    matched: peopleWith(() => true),
    metOnce: peopleWith((p) => p.held > 0),
    active: peopleWith((p) => p.status === "active"),
    completed: peopleWith((p) => p.status === "completed"),
    endedEarly: peopleWith((p) => p.status === "ended"),
    endReasons: { ...reasons.counts, ...(reasons.others !== 0 ? { others: reasons.others } : {}) },
  };

  const active = rows.people.filter((p) => p.status === "active");
  const mentees = active.filter((p) => p.is_mentee);
  const asMentee = (p: PersonRow) => pairsOf(p.person_id).filter((x) => x.mentee_id === p.person_id);
  const matchedMentees = mentees.filter((p) => asMentee(p).length);
  const waiting = mentees.filter((p) => !asMentee(p).some((x) => OPEN.has(x.status) || x.status === "completed"));
  const mentors = active.filter((p) => p.is_mentor);
  const openSeats = (p: PersonRow) =>
    p.seats - pairsOf(p.person_id).filter((x) => x.mentor_id === p.person_id && OPEN.has(x.status)).length;
  const matching = {
    matchRate: percent(matchedMentees.length, mentees.length),
    medianDaysToMatch: median(
      matchedMentees.map((p) => daysBetween(p.created_at, Math.min(...asMentee(p).map((x) => x.created_at)))),
    ),
    waiting: waiting.length,
    longestWaitDays: waiting.length ? Math.max(...waiting.map((p) => daysBetween(p.created_at, now))) : null,
    seatsFree: mentors.reduce((n, p) => n + Math.max(0, openSeats(p)), 0),
    mentorsAtCapacity: mentors.filter((p) => openSeats(p) <= 0).length,
  };

  const started = rows.pairs.filter((p) => p.status !== "proposed");
  const months = started.reduce(
    (n, p) => n + Math.max(1, ((p.ended_at ?? now) - (p.started_at ?? p.created_at)) / (30 * DAY)),
    0,
  );
  const activePairs = rows.pairs.filter((p) => p.status === "active");
  const engagement = {
    meetingsPerPairPerMonth: months ? round1(started.reduce((n, p) => n + p.held, 0) / months) : null,
    metLast30Days: percent(
      activePairs.filter((p) => p.last_met !== null && p.last_met >= now - 30 * DAY).length,
      activePairs.length,
    ),
    goalsSet: rows.totals.goals,
    milestonesReached: rows.totals.milestones,
    agreedPairs: started.filter((p) => p.agreed).length,
    events: eventsOf(rows.totals),
    cycles: cyclesOf(rows.cycles, suppressed),
  };
  const satisfaction = satisfactionOf(rows.ratings, rows.invitations, range, suppressed);

  const health = { healthy: 0, quiet: 0, stalled: 0 };
  for (const p of activePairs) health[healthOf(p.last_met ?? p.started_at ?? p.created_at, now, policy).status] += 1;

  const inRange = (ms: number) => ms >= range.from && ms <= range.to;
  const weekly = (times: number[]) => {
    const counts = new Map<string, number>();
    for (const t of times.filter(inRange)) {
      counts.set(weekOf(t), (counts.get(weekOf(t)) ?? 0) + 1);
    }
    return counts;
  };
  const signups = weekly(rows.people.map((p) => p.created_at));
  const newPairs = weekly(rows.pairs.map((p) => p.created_at));
  const meetings = new Map(rows.meetingsByWeek.map((w) => [w.week, w.n]));
  const answers = new Map(rows.answersByWeek.map((w) => [w.week, w.n]));
  const series = weeksBetween(range.from, range.to).map((week) => ({
    week,
    signups: signups.get(week) ?? 0,
    newPairs: newPairs.get(week) ?? 0,
    meetings: meetings.get(week) ?? 0,
    // When a handful of people answered says who answered; the other series are counts organisers see anyway.
    answers: floored(answers.get(week) ?? 0),
  }));
  if (series.some((w) => w.answers === null))
    suppressed.push({ cell: "series:answers", reason: "weeks with 1–4 answers" });

  const reach = active.map((p) => ({ ...p, matched: pairsOf(p.person_id).length > 0 }));
  const breakdown = (table: string, keyOf: (p: PersonRow) => string) => {
    const cells = new Map<string, { value: string; people: number; matched: number }>();
    for (const p of reach) {
      const value = keyOf(p) || NOT_GIVEN;
      const cell = cells.get(value) ?? { value, people: 0, matched: 0 };
      cell.people += 1;
      cell.matched += p.matched ? 1 : 0;
      cells.set(value, cell);
    }
    const floored = floorBreakdown(table, [...cells.values()]);
    suppressed.push(...floored.suppressed);
    return floored.rows;
  };
  const breakdowns = {
    department: breakdown("department", (p) => p.department),
    location: breakdown("location", (p) => p.location),
    seniority: breakdown("seniority", (p) => seniorityOf(p.years_experience)),
    role: breakdown("role", (p) => p.role),
  };
  const known = started.filter((p) => p.mentor_department && p.mentee_department);
  const crossDepartmentShare = percent(
    known.filter((p) => p.mentor_department !== p.mentee_department).length,
    known.length,
  );

  return {
    range: { from: new Date(range.from).toISOString().slice(0, 10), to: new Date(range.to).toISOString().slice(0, 10) },
    funnel,
    matching,
    engagement,
    satisfaction,
    health,
    series,
    breakdowns,
    crossDepartmentShare,
    suppressed,
  };
}

export type Insights = ReturnType<typeof computeInsights>;
