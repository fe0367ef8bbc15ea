/**
 * @module features/retention/repo
 * Which ended programs are due a warning or a deletion, and the deletion's steps. A program's dates are
 * calendar days; it is deleted `retention_months` after `ends_on`, warned a month before, and never
 * sooner than a month after its managers were warned (a shortened period still gives them that month).
 */
import { eq, sql, type SQL } from "drizzle-orm";
import { programs } from "../../db/schema";
import type { DB } from "../../platform/db";
import { auditInsert } from "../audit";

/** The warning's key in the outbox: one per program, deletion day and manager (invariant 1). */
export const warningKey = (programId: string, deleteOn: string, personId: string) =>
  `retention-warning:${programId}:${deleteOn}:${personId}`;

const deleteOn = sql`date(pr.ends_on, '+' || pr.retention_months || ' months')`;
const warnOn = sql`date(pr.ends_on, '+' || (pr.retention_months - 1) || ' months')`;
/** The range of the program's warning keys, so the outbox's unique index finds them (':' + 1 is ';'). */
const warnings = sql`FROM outgoing_mail o
  WHERE o.idempotency_key >= 'retention-warning:' || pr.id || ':' || ${deleteOn} || ':'
    AND o.idempotency_key < 'retention-warning:' || pr.id || ':' || ${deleteOn} || ';'`;

export type DueWarning = {
  program_id: string;
  program_name: string;
  delete_on: string;
  ui_language: string | null;
  person_id: string;
  email: string;
  name: string;
};

/** Managers of programs inside their last month who have no warning for this deletion day yet. */
export const dueWarnings = (db: DB, today: string, limit: number) =>
  db.all<DueWarning>(sql`
    SELECT pr.id AS program_id, pr.name AS program_name, ${deleteOn} AS delete_on, p.id AS person_id, p.email, p.name,
      p.ui_language
    FROM programs pr
    JOIN program_managers pm ON pm.program_id = pr.id
    JOIN people p ON p.id = pm.person_id
    WHERE pr.ends_on IS NOT NULL AND ${warnOn} <= ${today}
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o
        WHERE o.idempotency_key = 'retention-warning:' || pr.id || ':' || ${deleteOn} || ':' || p.id)
    ORDER BY pr.ends_on, pr.id, p.id
    LIMIT ${limit}`);

/**
 * The next program whose data is due for deletion: past its deletion day, and warned at least
 * `noticeMs` ago (or with no manager to warn). Oldest first, so one program is finished before the next.
 */
export async function dueDeletion(db: DB, today: string, warnedBefore: number) {
  const [row] = await db.all<{ id: string; name: string }>(sql`
    SELECT pr.id, pr.name FROM programs pr
    WHERE pr.ends_on IS NOT NULL AND ${deleteOn} <= ${today}
      AND (NOT EXISTS (SELECT 1 FROM program_managers pm WHERE pm.program_id = pr.id)
        OR (SELECT min(o.created_at) ${warnings}) <= ${warnedBefore})
    ORDER BY pr.ends_on, pr.id
    LIMIT 1`);
  return row ?? null;
}

/** Rows one deletion statement takes: bounded, so each statement's cascade stays small. */
export const CHUNK = 500;

type Where = (programId: string) => SQL;
type Step = [table: string, where: Where];

/** Steps for a parent's child tables: their rows belong to a program through the parent row that names it. */
const childrenOf = (parent: string, key: string, ...tables: string[]): Step[] =>
  tables.map((table) => [
    table,
    (id) => sql`${sql.identifier(key)} IN (SELECT id FROM ${sql.identifier(parent)} WHERE program_id = ${id})`,
  ]);
/** Steps for tables whose rows name their program themselves. */
const naming = (...tables: string[]): Step[] => tables.map((table) => [table, (id) => sql`program_id = ${id}`]);

/**
 * What a program's deletion removes, children before their parents, so no single statement cascades
 * into thousands of rows; whatever small table is not named goes with the program row's own cascade.
 */
const STEPS: Step[] = [
  ...childrenOf("match_runs", "run_id", "match_proposals", "match_unmatched"),
  ...childrenOf("surveys", "survey_id", "survey_responses", "survey_invitations"),
  ...childrenOf("imports", "import_id", "import_rows"),
  ...childrenOf("groups", "group_id", "group_members", "group_notes"),
  ...childrenOf("training_modules", "module_id", "training_results"),
  ...childrenOf("events", "event_id", "event_registrations", "event_picks"),
  ...childrenOf("mentorships", "mentorship_id", "meetings", "pair_checks", "goals"),
  ...naming("roulette_members", "roulette_pairs", "mentor_requests", "mentorships", "match_runs", "surveys", "imports"),
  // Before the groups: what a group learned names its group, and company knowledge leaves it behind.
  ...naming("library_entries", "groups", "training_modules", "events", "badges", "enrollments"),
];

/** Company-wide knowledge a pair of the program shared stays in the company's library, of no program. */
export const keepCompanyKnowledge = (db: DB, programId: string) =>
  db.run(
    sql`UPDATE library_entries SET program_id = NULL, group_id = NULL WHERE program_id = ${programId} AND scope = 'company'`,
  );

/** Which steps still have rows, in one statement: a tick spends its budget only on those. */
export async function stepsLeft(db: DB, programId: string) {
  const probes = STEPS.map(
    ([table, where], i) =>
      sql`EXISTS (SELECT 1 FROM ${sql.identifier(table)} WHERE ${where(programId)}) AS ${sql.identifier(`s${i}`)}`,
  );
  const [row] = await db.all<Record<string, number>>(sql`SELECT ${sql.join(probes, sql`, `)}`);
  return STEPS.filter((_, i) => row![`s${i}`]);
}

/**
 * Deletes one chunk of a step's rows; answers how many went and, of library entries, their stored
 * files, which the caller deletes next (a crash between leaves a file, never a row, behind).
 */
export async function deleteChunk(db: DB, [table, where]: Step, programId: string) {
  const t = sql.identifier(table);
  const rows = await db.all<{ file_key: string | null }>(
    sql`DELETE FROM ${t} WHERE rowid IN (SELECT rowid FROM ${t} WHERE ${where(programId)} LIMIT ${CHUNK})
      RETURNING ${sql.raw(table === "library_entries" ? "file_key" : "NULL AS file_key")}`,
  );
  return { count: rows.length, files: rows.flatMap((r) => (r.file_key ? [r.file_key] : [])) };
}

/** The program row itself, with the audit row saying it went, in one batch. */
export async function deleteProgramRow(db: DB, programId: string, name: string) {
  await db.batch([
    db.delete(programs).where(eq(programs.id, programId)),
    auditInsert(db, null, "program.deleted", { programId, detail: { name, by: "retention" } }),
  ]);
}
