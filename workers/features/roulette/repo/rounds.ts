/**
 * @module features/roulette/repo/rounds
 * What the cron's roulette step reads and writes: the programs whose round is due, who is in it, who met
 * whom within the cooldown, and the round written once with all of its pairs in one batch (a second
 * writer's batch fails on the round's primary key and changes nothing: ARCHITECTURE.md, invariant 2).
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";

import { WEEK } from "./preferences";

export { WEEK };
/** Members written per statement: each is one JSON parameter, so D1's 100 parameters never bind. */
const MEMBERS_PER_STATEMENT = 1000;

export type DueProgram = {
  id: string;
  name: string;
  kind: string;
  cadence_weeks: number | null;
  mix_by: string | null;
  cooldown_weeks: number | null;
  anchor: number;
  round: number;
};

/** Roulette programs (and programs with roulette switched on) whose round for `now` is not written yet. */
export const duePrograms = (db: DB, now: number) =>
  db.all<DueProgram>(sql`
    WITH r AS (
      SELECT p.id, p.name, p.kind, p.cycle_weeks AS cadence_weeks, s.mix_by, s.cooldown_weeks,
        COALESCE(CAST(unixepoch(p.starts_on) AS INTEGER) * 1000, p.created_at) AS anchor
      FROM programs p LEFT JOIN roulette_settings s ON s.program_id = p.id
      WHERE (p.kind = 'roulette' AND COALESCE(s.enabled, 1) = 1) OR s.enabled = 1
    ), d AS (SELECT *, CAST((${now} - anchor) / ${WEEK} AS INTEGER) + 1 AS round FROM r WHERE anchor <= ${now})
    SELECT * FROM d WHERE NOT EXISTS (SELECT 1 FROM roulette_rounds x WHERE x.program_id = d.id AND x.round = d.round)
    ORDER BY d.id`);

export type Candidate = {
  id: string;
  department: string;
  location: string;
  years_experience: number | null;
  timezone: string;
  offered: string;
  sought: string;
  opted: number;
  cadence_weeks: number | null;
  skip_round: number | null;
  paused_at: number | null;
};

/** The program's active people with their roulette choices. */
export const candidates = (db: DB, programId: string) =>
  db.all<Candidate>(sql`
    SELECT p.id, p.department, p.location, p.years_experience, p.timezone,
      e.skills_offered AS offered, e.skills_sought AS sought, f.program_id IS NOT NULL AS opted,
      f.cadence_weeks, f.skip_round, f.paused_at
    FROM enrollments e JOIN people p ON p.id = e.person_id
      LEFT JOIN roulette_preferences f ON f.program_id = e.program_id AND f.person_id = e.person_id
    WHERE e.program_id = ${programId} AND e.status = 'active'`);

/** Everyone's groups since round `from`: who met whom, who was in a trio, and each person's last round. */
export const membersSince = (db: DB, programId: string, from: number) =>
  db.all<{ pair_id: string; person_id: string; round: number }>(sql`
    SELECT pair_id, person_id, round FROM roulette_members WHERE program_id = ${programId} AND round >= ${from}`);

/** Writes the round and its groups at once; false when another tick wrote it first. */
export async function writeRound(db: DB, programId: string, round: number, startsAt: number, groups: string[][]) {
  const pairs = groups.map((ids) => ({ id: crypto.randomUUID(), ids }));
  const members = pairs.flatMap((p) => p.ids.map((person) => [p.id, person]));
  const chunks: string[][][] = [];
  for (let i = 0; i < members.length; i += MEMBERS_PER_STATEMENT)
    chunks.push(members.slice(i, i + MEMBERS_PER_STATEMENT));
  try {
    await batchStatements(db, [
      sql`INSERT INTO roulette_rounds (program_id, round, starts_at) VALUES (${programId}, ${round}, ${startsAt})`,
      sql`INSERT INTO roulette_pairs (id, program_id, round)
        SELECT value, ${programId}, ${round} FROM json_each(${JSON.stringify(pairs.map((p) => p.id))})`,
      ...chunks.map(
        (chunk) => sql`INSERT INTO roulette_members (pair_id, program_id, round, person_id)
          SELECT value ->> 0, ${programId}, ${round}, value ->> 1 FROM json_each(${JSON.stringify(chunk)})`,
      ),
    ]);
    return true;
  } catch (err) {
    if (String((err as Error)?.message ?? err).includes("UNIQUE") || String((err as Error)?.cause).includes("UNIQUE"))
      return false;
    throw err;
  }
}

export type StartingRound = {
  program_id: string;
  program_name: string;
  round: number;
  starts_at: number;
  introduced_through: string | null;
};

/** Rounds written whose mail has not gone out, oldest first. */
export const roundsToStart = (db: DB, limit: number) =>
  db.all<StartingRound>(sql`
    SELECT r.program_id, p.name AS program_name, r.round, r.starts_at, r.introduced_through
    FROM roulette_rounds r JOIN programs p ON p.id = r.program_id
    WHERE r.started_at IS NULL ORDER BY r.starts_at LIMIT ${limit}`);

export type MailPerson = {
  pair_id: string;
  id: string;
  name: string;
  ui_language: string | null;
  email: string;
  title: string;
  department: string;
  timezone: string;
  offered: string;
  sought: string;
};

/** The people of the round's next `pairs` pairs after the last one introduced, with what their introduction needs. */
export const roundPeople = (db: DB, r: StartingRound, pairs: number) =>
  db.all<MailPerson>(sql`
    SELECT m.pair_id, p.id, p.name, p.email, p.title, p.department, p.timezone, p.ui_language,
      COALESCE(e.skills_offered, '[]') AS offered, COALESCE(e.skills_sought, '[]') AS sought
    FROM roulette_members m JOIN people p ON p.id = m.person_id
      LEFT JOIN enrollments e ON e.program_id = m.program_id AND e.person_id = m.person_id
    WHERE m.pair_id IN (SELECT id FROM roulette_pairs WHERE program_id = ${r.program_id} AND round = ${r.round}
      AND id > ${r.introduced_through ?? ""} ORDER BY id LIMIT ${pairs})
    ORDER BY m.pair_id`);

/** Notes how far introductions went; `done` marks the round started. */
export const markIntroduced = (db: DB, r: StartingRound, through: string, done: boolean, now: number) =>
  db.run(sql`UPDATE roulette_rounds SET introduced_through = ${through}, started_at = ${done ? now : null}
    WHERE program_id = ${r.program_id} AND round = ${r.round} AND started_at IS NULL`);
