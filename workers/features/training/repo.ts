/**
 * @module features/training/repo
 * A program's modules, each participant's result, and the SQL other features ask of training: what
 * someone still has to pass before matching, and what is due on their dashboard.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { trainingModules, trainingResults } from "../../db/schema";
import type { DB } from "../../platform/db";
import { MENTEE_ROLES, MENTOR_ROLES } from "../../domain/roles";
import type { TrainingAudience, TrainingQuestion } from "../../domain/training/modules";

export type TrainingModule = typeof trainingModules.$inferSelect;
export type ModuleValues = {
  title: string;
  guide: string;
  audience: TrainingAudience;
  required: boolean;
  passMark: number;
  questions: TrainingQuestion[];
};

/** A program holds at most this many modules: training before matching should stay short. */
export const MAX_MODULES = 20;

export const modulesOf = (db: DB, programId: string) =>
  db
    .select()
    .from(trainingModules)
    .where(eq(trainingModules.programId, programId))
    .orderBy(asc(trainingModules.createdAt), asc(trainingModules.id))
    .limit(MAX_MODULES);

export const moduleById = async (db: DB, id: string) =>
  (await db.select().from(trainingModules).where(eq(trainingModules.id, id)))[0];

/** Adds a module unless the program is full; the count is checked inside the insert (invariant 2). */
export async function insertModule(db: DB, programId: string, v: ModuleValues) {
  const id = crypto.randomUUID();
  const rows = await db.all<{ id: string }>(sql`
    INSERT INTO training_modules (id, program_id, title, guide, audience, required, pass_mark, questions)
    SELECT ${id}, ${programId}, ${v.title}, ${v.guide}, ${v.audience}, ${v.required ? 1 : 0}, ${v.passMark},
      ${JSON.stringify(v.questions)}
    WHERE (SELECT count(*) FROM training_modules WHERE program_id = ${programId}) < ${MAX_MODULES}
    RETURNING id`);
  return rows[0] ? (await moduleById(db, id))! : null;
}

export const updateModule = async (db: DB, id: string, v: ModuleValues) =>
  (
    await db
      .update(trainingModules)
      .set({ ...v, updatedAt: Date.now() })
      .where(eq(trainingModules.id, id))
      .returning()
  )[0];

export const deleteModule = (db: DB, id: string) => db.delete(trainingModules).where(eq(trainingModules.id, id));

/** One person's results for some modules, by module id. */
export async function resultsOf(db: DB, personId: string, moduleIds: string[]) {
  if (moduleIds.length === 0) return new Map<string, typeof trainingResults.$inferSelect>();
  const rows = await db
    .select()
    .from(trainingResults)
    .where(and(eq(trainingResults.personId, personId), inArray(trainingResults.moduleId, moduleIds)));
  return new Map(rows.map((r) => [r.moduleId, r]));
}

/** How many people passed each of a program's modules. */
export async function passedCounts(db: DB, programId: string) {
  const rows = await db
    .select({ moduleId: trainingResults.moduleId, n: sql<number>`count(*)` })
    .from(trainingResults)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingResults.moduleId))
    .where(and(eq(trainingModules.programId, programId), isNotNull(trainingResults.passedAt)))
    .groupBy(trainingResults.moduleId);
  return new Map(rows.map((r) => [r.moduleId, r.n]));
}

/**
 * Records an attempt. Once passed a module stays passed: a later attempt counts but changes neither the
 * pass nor its score, so a doubled request or a retry after passing takes nothing away.
 */
export async function recordAttempt(
  db: DB,
  moduleId: string,
  personId: string,
  score: number,
  passedAt: number | null,
) {
  const rows = await db.all<{ attempts: number; last_score: number; passed_at: number | null }>(sql`
    INSERT INTO training_results (module_id, person_id, attempts, last_score, passed_at, updated_at)
    VALUES (${moduleId}, ${personId}, 1, ${score}, ${passedAt}, ${Date.now()})
    ON CONFLICT (module_id, person_id) DO UPDATE SET
      attempts = attempts + 1,
      last_score = CASE WHEN passed_at IS NULL THEN excluded.last_score ELSE last_score END,
      passed_at = COALESCE(passed_at, excluded.passed_at),
      updated_at = excluded.updated_at
    RETURNING attempts, last_score, passed_at`);
  return rows[0]!;
}

const SIDE_ROLES = { mentor: MENTOR_ROLES, mentee: MENTEE_ROLES };

/**
 * The titles (joined by "; ") of the required modules of `programId` that `personId` has not passed, for
 * one side of a pair; NULL when none. A correlated subquery for matching's pool.
 */
export const missingTrainingSql = (programId: SQL, personId: SQL, side: "mentor" | "mentee") => sql`
  (SELECT group_concat(t.title, '; ') FROM training_modules t
    WHERE t.program_id = ${programId} AND t.required = 1 AND t.audience IN (${side}, 'both')
      AND NOT EXISTS (SELECT 1 FROM training_results r
        WHERE r.module_id = t.id AND r.person_id = ${personId} AND r.passed_at IS NOT NULL))`;

export type DueTraining = { id: string; title: string; program_id: string; program_name: string };

/** Required modules someone has not passed in the programs they are active in, oldest first. */
export const dueTrainingOf = (db: DB, personId: string, limit: number) =>
  db.all<DueTraining>(sql`
    SELECT t.id, t.title, t.program_id, pr.name AS program_name
    FROM enrollments e
    JOIN training_modules t ON t.program_id = e.program_id
    JOIN programs pr ON pr.id = e.program_id
    WHERE e.person_id = ${personId} AND e.status = 'active' AND t.required = 1
      AND (t.audience = 'both'
        OR (t.audience = 'mentor' AND e.role IN (SELECT value FROM json_each(${JSON.stringify(SIDE_ROLES.mentor)})))
        OR (t.audience = 'mentee' AND e.role IN (SELECT value FROM json_each(${JSON.stringify(SIDE_ROLES.mentee)}))))
      AND NOT EXISTS (SELECT 1 FROM training_results r
        WHERE r.module_id = t.id AND r.person_id = ${personId} AND r.passed_at IS NOT NULL)
    ORDER BY t.created_at LIMIT ${limit}`);

/** Someone's role in a program they have not withdrawn from; undefined when not in it. */
export const roleIn = async (db: DB, programId: string, personId: string) =>
  (
    await db.all<{ role: string }>(sql`
      SELECT role FROM enrollments WHERE program_id = ${programId} AND person_id = ${personId} AND status != 'withdrawn'`)
  )[0]?.role;

/** Modules with fixed ids, each added once: seeding again leaves those already there as they are. */
export async function addModulesOnce(db: DB, rows: (ModuleValues & { id: string; programId: string })[]) {
  if (!rows.length) return;
  // One statement a module: a module binds every column, and its questions are one JSON value.
  await db.batch(rows.map((r) => db.insert(trainingModules).values(r).onConflictDoNothing()) as [never, ...never[]]);
}

/** Marks the module passed by the people of these emails, once: a result already there stays as it is. */
export const passByEmails = (db: DB, moduleId: string, emails: string[], at: number) =>
  db.run(sql`
    INSERT INTO training_results (module_id, person_id, attempts, last_score, passed_at, updated_at)
    SELECT ${moduleId}, id, 1, 100, ${at}, ${at} FROM people WHERE email IN (SELECT value FROM json_each(${JSON.stringify(emails)}))
    ON CONFLICT (module_id, person_id) DO NOTHING`);
