/**
 * @module features/dev/demo-history
 * Five months of made-up life for the demo's "Onboarding buddies" program, so its insights and outcomes
 * show something: sign-ups over the months, matching rounds, meetings (some pairs gone quiet or
 * stalled), goals, check-in answers and an HR file. Everything is derived from the program's start and
 * the moment it was created, never from the clock, so seeding again writes the same rows (and adds none).
 */
import type { PersonRow } from "../../domain/people-csv";
import { DEMO_PEOPLE } from "./demo-people";

const DAY = 86_400_000;
const ROUNDS = [16, 50, 85, 120];
const { mentors, mentees } = pick();

function pick() {
  const seniors = DEMO_PEOPLE.filter((p) => p.senior);
  const juniors = DEMO_PEOPLE.filter((p) => !p.senior);
  return { mentors: seniors.slice(0, 14), mentees: juniors.slice(0, 26) };
}

const row = ({ senior: _s, ...p }: (typeof DEMO_PEOPLE)[number], role: string, capacity: number | null): PersonRow => ({
  ...p,
  role,
  capacity,
});

/** The program's 40 participants: 14 mentors with two seats, 26 mentees. */
export const onboardingRows = () => [
  ...mentors.map((p) => row(p, "mentor", 2)),
  ...mentees.map((p) => row(p, "mentee", null)),
];

/** Days after the start a mentee signed up: most at the launch, then one every ten days. */
const signedUpDay = (k: number) => (k < 14 ? k : 20 + (k - 14) * 10);
/** The first matching round at least three days after a sign-up; undefined after the last. */
const roundFor = (day: number) => ROUNDS.find((r) => r >= day + 3);

type Plan = { k: number; mentor: number; start: number; end?: number; status: string; reason?: string };
/** The pairs that did not stay active, by mentee. */
const ENDED: Record<number, { day: number; status: string; reason?: string }> = {
  0: { day: 110, status: "completed" },
  1: { day: 110, status: "completed" },
  2: { day: 45, status: "ended", reason: "no-time" },
  3: { day: 70, status: "ended", reason: "left-organisation" },
};
/** Days before the seed some active pairs last met (null: never), so they show as quiet or stalled. */
const LAST_MET: Record<number, number | null> = { 4: 25, 21: 30, 5: 50, 6: 47, 16: null };

function plans(): Plan[] {
  const out: Plan[] = [];
  mentees.forEach((_, k) => {
    const round = roundFor(signedUpDay(k));
    if (round === undefined) return;
    const ended = ENDED[k];
    out.push({
      k,
      mentor: k % 14,
      start: round,
      end: ended?.day,
      status: ended?.status ?? "active",
      reason: ended?.reason,
    });
  });
  // The mentee whose mentor had no time is matched again, with someone else.
  out.push({ k: 2, mentor: 13, start: 85, status: "active" });
  return out;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The history's rows, keyed by email and deterministic ids. `start` is the program's first day (ms),
 * `seededAt` when the seed first created it; nothing happens after `seededAt`.
 */
export function onboardingHistory(programId: string, start: number, seededAt: number) {
  const at = (day: number, hour = 9) => start + day * DAY + hour * 3_600_000;
  const email = { mentor: (i: number) => mentors[i]!.email, mentee: (k: number) => mentees[k]!.email };
  const id = (...parts: (string | number)[]) => `demo-${programId.slice(0, 8)}-${parts.join("-")}`;

  const signUps = [
    ...mentors.map((p, i) => ({ email: p.email, at: at(i % 7, 10) })),
    ...mentees.map((p, k) => ({ email: p.email, at: at(signedUpDay(k), 11) })),
  ];
  const pairs = [];
  const meetings = [];
  const goals = [];
  const milestones: {
    id: string;
    goal: string;
    title: string;
    dueOn: string;
    doneAt: number | null;
    createdAt: number;
  }[] = [];
  for (const p of plans()) {
    const pairId = id("pair", p.k, p.mentor);
    const endAt = p.end === undefined ? undefined : at(p.end, 17);
    pairs.push({
      id: pairId,
      mentor: email.mentor(p.mentor),
      mentee: email.mentee(p.k),
      status: p.status,
      startedAt: at(p.start),
      createdAt: at(p.start - 1),
      endedAt: endAt ?? null,
      endReason: p.reason ?? null,
    });
    const lastMet = p.k in LAST_MET ? (LAST_MET[p.k] as number | null) : 2;
    // Meets every two weeks until it ended, or until the gap before the seed that makes it quiet or stalled.
    const until = endAt ?? (lastMet === null ? 0 : seededAt - lastMet * DAY);
    for (let n = 0, when = at(p.start + 5 + (p.k % 4), 15); when <= until; n++, when += 14 * DAY) {
      meetings.push({ id: id("meet", pairId, n), pair: pairId, startsAt: when, by: email.mentor(p.mentor) });
    }
    if (p.status === "ended") continue;
    const goalId = id("goal", pairId);
    const done = (day: number) => (at(p.start + day) <= seededAt - DAY ? at(p.start + day) : null);
    goals.push({
      id: goalId,
      pair: pairId,
      title: mentees[p.k]!.goals || "Find my way around the company",
      dueOn: utcDay(at(p.start + 120)),
      doneAt: p.status === "completed" ? endAt! : null,
      createdAt: at(p.start + 3),
    });
    ["Meet my team's main partners", "Ship a first piece of work", "Present it at a team meeting"].forEach((title, n) =>
      milestones.push({
        id: id("milestone", pairId, n),
        goal: goalId,
        title,
        dueOn: utcDay(at(p.start + 30 * (n + 1))),
        doneAt: lastMet === null || lastMet > 40 ? null : done(25 * (n + 1)),
        createdAt: at(p.start + 3),
      }),
    );
  }
  return {
    signUps,
    pairs,
    meetings,
    goals,
    milestones,
    ...checkIns(pairs, id, seededAt),
    outcomes: hrFile(start, seededAt),
  };
}

type Pair = { id: string; mentor: string; mentee: string; status: string; startedAt: number };

/**
 * The check-in's invitations (two weeks into each pair, both sides) and answers: every mentee answers,
 * two mentors in three do, all in the week after it was due, so each week with answers has five or
 * more. Only invitations already closed when the seed ran, so the clock never mails them.
 */
function checkIns(pairs: Pair[], id: (...p: (string | number)[]) => string, seededAt: number) {
  const invitations = [];
  const responses = [];
  for (const [n, p] of pairs.entries()) {
    const due = p.startedAt + 14 * DAY;
    if (due + 14 * DAY > seededAt) continue;
    const monday = due - (((new Date(due).getUTCDay() + 6) % 7) * DAY + (due % DAY));
    for (const [role, who] of [
      ["mentee", p.mentee],
      ["mentor", p.mentor],
    ] as const) {
      const invitationId = id("checkin", p.id, role);
      const answers = role === "mentee" || n % 3 !== 0;
      const answeredAt = monday + 8 * DAY + n * 600_000 + (role === "mentor" ? 300_000 : 0);
      invitations.push({
        id: invitationId,
        email: who,
        pair: p.id,
        role,
        dueAt: due,
        closesAt: due + 14 * DAY,
        respondedAt: answers ? answeredAt : null,
      });
      if (!answers) continue;
      const quiet = p.status === "active" && n % 5 === 4;
      responses.push({
        id: id("answer", p.id, role),
        invitation: invitationId,
        role,
        answers: { met: quiet ? "Once" : "Yes, more than once", fit: quiet ? 3 : [5, 4, 4, 5, 3, 4][n % 6], help: "" },
        at: answeredAt,
      });
    }
  }
  return { invitations, responses };
}

/**
 * The HR file: when each participant started (mentees are new joiners, days before signing up), and
 * promotions and internal moves among them; the rest of the company, with its own starts, promotions,
 * moves and leavers, is the baseline.
 */
function hrFile(start: number, seededAt: number) {
  const day = (d: number) => utcDay(start + d * DAY);
  const rows: { e: string; v: string; d: string }[] = [];
  mentors.forEach((p, i) => {
    rows.push({ e: p.email, v: "started", d: day(-400 - i * 97) });
    if (i % 2 === 0) rows.push({ e: p.email, v: "promoted", d: day(60 + i * 3) });
    if (i % 4 === 1) rows.push({ e: p.email, v: "moved_internally", d: day(40 + i * 5) });
  });
  mentees.forEach((p, k) => {
    rows.push({ e: p.email, v: "started", d: day(signedUpDay(k) - 5 - (k % 4)) });
    if (k % 5 === 1 || k === 3) rows.push({ e: p.email, v: "moved_internally", d: day(k === 3 ? 70 : 90 + k) });
  });
  const inProgram = new Set([...mentors, ...mentees].map((p) => p.email));
  const others = [
    ...DEMO_PEOPLE.filter((p) => !inProgram.has(p.email)).map((p) => p.email),
    ...Array.from({ length: 20 }, (_, n) => `colleague.${n + 1}@example.com`),
  ];
  others.forEach((e, n) => {
    rows.push({ e, v: "started", d: day(n % 10 === 0 ? 40 + n : -300 - n * 41) });
    if (n % 7 === 0) rows.push({ e, v: "promoted", d: day(50 + n * 2) });
    if (n % 8 === 3) rows.push({ e, v: "moved_internally", d: day(30 + n * 2) });
    if (n % 6 === 5) rows.push({ e, v: "left_company", d: day(20 + n * 3) });
  });
  return rows.filter((r) => Date.parse(r.d) <= seededAt);
}
