/**
 * @module features/matching/repo/pool
 * Who can be matched in a program now, as the plain data the matching domain takes: mentors with the
 * seats they have left, mentees without an open mentorship or request, the admin's pair rules and
 * the pairs already together once. Whoever has not passed the program's required training is left out,
 * and a mentee left out is told why among the unmatched.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { Program } from "../../programs";
import type { Mentee, Mentor, PairKey } from "../../../domain/matching/plan";
import { DEFAULT_SETTINGS, type MatchPerson, type MatchSettings } from "../../../domain/matching/score";
import { MENTEE_ROLES, MENTOR_ROLES } from "../../../domain/roles";
import { untrainedReason } from "../../../domain/matching/reasons";
import type { Unmatched } from "./runs";
import { missingTrainingSql } from "../../training";

/** A program's criteria: the admin's where set, else the defaults; reversed in reverse programs. */
export function matchSettingsOf(program: Pick<Program, "matchSettings" | "kind">): MatchSettings {
  const stored = program.matchSettings;
  const base: MatchSettings = stored
    ? {
        weights: { ...DEFAULT_SETTINGS.weights, ...stored.weights },
        department: stored.department,
        seniority: { ...stored.seniority, reversed: false },
        requireSharedLanguage: stored.requireSharedLanguage,
      }
    : structuredClone(DEFAULT_SETTINGS);
  base.seniority.reversed = program.kind === "reverse";
  return base;
}

type Row = Pick<MatchPerson, "id" | "email" | "name" | "department" | "title" | "location" | "timezone"> & {
  years: number | null;
  manager: string | null;
  languages: string;
  role: string;
  capacity: number | null;
  offered: string;
  sought: string;
  goals: string;
  format: MatchPerson["format"];
  paused: number | null;
  approved: number;
  open_as_mentor: number;
  open_as_mentee: number;
  open_requests: number;
  untrained_mentor: string | null;
  untrained_mentee: string | null;
};

export function toMatchPerson(
  r: Omit<Row, "role" | "capacity" | "paused" | "approved" | `open_${string}` | `untrained_${string}`>,
) {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    department: r.department,
    title: r.title,
    location: r.location,
    timezone: r.timezone,
    yearsExperience: r.years,
    languages: JSON.parse(r.languages) as string[],
    skillsOffered: JSON.parse(r.offered) as MatchPerson["skillsOffered"],
    skillsSought: JSON.parse(r.sought) as MatchPerson["skillsSought"],
    goals: r.goals,
    format: r.format,
    managerEmail: r.manager,
  };
}

/** What matching needs of an active participant: enrollments `e` joined to people `p` and programs `pr`. */
const PARTICIPANT_COLUMNS = sql`
  p.id, p.email, p.name, p.department, p.title, p.location, p.timezone, p.years_experience AS years,
  p.manager_email AS manager, p.languages, e.role, e.capacity, e.skills_offered AS offered,
  e.skills_sought AS sought, e.goals, e.format, e.paused_at AS paused,
  (SELECT count(*) FROM mentorships m WHERE m.program_id = e.program_id AND m.mentor_id = p.id
    AND m.status IN ('proposed', 'active')) AS open_as_mentor,
  (SELECT count(*) FROM mentorships m WHERE m.program_id = e.program_id AND m.mentee_id = p.id
    AND m.status IN ('proposed', 'active')) AS open_as_mentee,
  (SELECT count(*) FROM mentor_requests r WHERE r.program_id = e.program_id AND r.mentee_id = p.id
    AND r.status IN ('waiting', 'pending')) AS open_requests,
  (pr.mentors_need_approval = 0 OR EXISTS (SELECT 1 FROM mentor_applications a
    WHERE a.program_id = e.program_id AND a.person_id = p.id AND a.status = 'accepted')) AS approved,
  ${missingTrainingSql(sql`e.program_id`, sql`p.id`, "mentor")} AS untrained_mentor,
  ${missingTrainingSql(sql`e.program_id`, sql`p.id`, "mentee")} AS untrained_mentee`;

/** Active participants (all, or those of `ids`, or a page of those after `after`) with what matching needs. */
function participants(db: DB, programId: string, ids?: string[], page?: { after: string; size: number }) {
  return db.all<Row>(sql`
    SELECT ${PARTICIPANT_COLUMNS}
    FROM enrollments e JOIN people p ON p.id = e.person_id JOIN programs pr ON pr.id = e.program_id
    WHERE e.program_id = ${programId} AND e.status = 'active'
      ${ids ? sql`AND p.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))` : sql``}
      ${page ? sql`AND e.person_id > ${page.after}` : sql``}
    ORDER BY e.person_id ${page ? sql`LIMIT ${page.size}` : sql``}`);
}

/**
 * A whole program's participants are read this many at a time: the rows D1 returns (and the text they
 * came in) are garbage once turned into people, so a company of 50,000 never holds all its rows at once
 * beside the people made of them.
 */
const PAGE_SIZE = 5000;

async function* allParticipants(db: DB, programId: string, size: number) {
  for (let after = ""; ;) {
    const rows = await participants(db, programId, undefined, { after, size });
    yield* rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

export type Participant = {
  person: Mentor;
  role: string;
  seatsLeft: number;
  paused: boolean;
  hasMentor: boolean;
  approved: boolean;
};

/** Some participants with their roles and seats left, by id. */
export async function participantsById(db: DB, program: Program, ids: string[]) {
  return byId(program.defaultCapacity, await participants(db, program.id, ids));
}

type ScoringProgram = Pick<Program, "id" | "kind" | "matchSettings">;
type InProgram = Row & {
  program_id: string;
  kind: Program["kind"];
  match_settings: string | null;
  default_capacity: number;
};

/**
 * Some participants of several programs, with what scoring a pair needs of each program, in one
 * statement however many programs: for lists that span programs (a mentor's waiting requests).
 */
export async function participantsInPrograms(db: DB, wanted: Map<string, string[]>) {
  const keys = [...wanted].flatMap(([programId, ids]) => ids.map((id) => [programId, id]));
  const rows = await db.all<InProgram>(sql`
    SELECT ${PARTICIPANT_COLUMNS}, e.program_id, pr.kind, pr.match_settings, pr.default_capacity
    FROM json_each(${JSON.stringify(keys)}) w
    JOIN enrollments e ON e.program_id = w.value ->> 0 AND e.person_id = w.value ->> 1
    JOIN people p ON p.id = e.person_id JOIN programs pr ON pr.id = e.program_id
    WHERE e.status = 'active'`);
  const byProgram = new Map<string, { program: ScoringProgram; found: Map<string, Participant> }>();
  for (const r of rows) {
    if (!byProgram.has(r.program_id)) {
      const matchSettings =
        r.match_settings === null ? null : (JSON.parse(r.match_settings) as Program["matchSettings"]);
      const program = { id: r.program_id, kind: r.kind, matchSettings };
      byProgram.set(r.program_id, { program, found: new Map() });
    }
    const { found } = byProgram.get(r.program_id)!;
    found.set(r.id, toParticipant(r.default_capacity, r));
  }
  return byProgram;
}

const toParticipant = (defaultCapacity: number, r: Row): Participant => ({
  person: { ...toMatchPerson(r), capacity: (r.capacity ?? defaultCapacity) - r.open_as_mentor },
  role: r.role,
  seatsLeft: (r.capacity ?? defaultCapacity) - r.open_as_mentor,
  paused: r.paused !== null,
  approved: !!r.approved,
  hasMentor: r.open_as_mentee > 0,
});

const byId = (defaultCapacity: number, rows: Row[]) =>
  new Map(rows.map((r) => [r.id, toParticipant(defaultCapacity, r)]));

/** The admin's bans and the pairs together before in this program, for the hard constraints. */
export async function excludedPairs(db: DB, programId: string) {
  const rows = await db.all<{ k: string }>(sql`
    SELECT mentor_id || '|' || mentee_id AS k FROM pair_rules WHERE program_id = ${programId} AND rule = 'ban'
    UNION SELECT mentor_id || '|' || mentee_id FROM mentorships WHERE program_id = ${programId}`);
  return new Set(rows.map((r) => r.k));
}

export type MatchPool = {
  mentors: Mentor[];
  mentees: Mentee[];
  locked: PairKey[];
  excluded: PairKey[];
  /** Mentees left out for training they have not passed, with the reason. */
  untrained: Unmatched[];
  /** Mentors left out because the program approves its mentors and has not approved them (yet). */
  unapproved: number;
};

/** The input of a run for `program` as it stands now. */
export async function loadMatchPool(db: DB, program: Program, pageSize = PAGE_SIZE): Promise<MatchPool> {
  const [rules, past] = await Promise.all([
    db.all<{ mentor_id: string; mentee_id: string; rule: "lock" | "ban" }>(
      sql`SELECT mentor_id, mentee_id, rule FROM pair_rules WHERE program_id = ${program.id}`,
    ),
    db.all<{ mentor_id: string; mentee_id: string }>(
      sql`SELECT mentor_id, mentee_id FROM mentorships WHERE program_id = ${program.id}`,
    ),
  ]);
  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  const untrained: Unmatched[] = [];
  let unapproved = 0;
  for await (const r of allParticipants(db, program.id, pageSize)) {
    const person = toMatchPerson(r);
    if (MENTOR_ROLES.includes(r.role) && !r.approved) unapproved += 1;
    else if (MENTOR_ROLES.includes(r.role) && r.paused === null && r.untrained_mentor === null) {
      const seats = (r.capacity ?? program.defaultCapacity) - r.open_as_mentor;
      if (seats > 0) mentors.push({ ...person, capacity: seats });
    }
    if (MENTEE_ROLES.includes(r.role) && r.open_as_mentee === 0 && r.open_requests === 0) {
      if (r.untrained_mentee === null) mentees.push(person);
      else
        untrained.push({ personId: r.id, email: r.email, name: r.name, reason: untrainedReason(r.untrained_mentee) });
    }
  }
  const key = (r: { mentor_id: string; mentee_id: string }): PairKey => `${r.mentor_id}|${r.mentee_id}`;
  return {
    mentors,
    mentees,
    locked: rules.filter((r) => r.rule === "lock").map(key),
    excluded: [...rules.filter((r) => r.rule === "ban").map(key), ...past.map(key)],
    untrained,
    unapproved,
  };
}
