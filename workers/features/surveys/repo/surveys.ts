/**
 * @module features/surveys/repo/surveys
 * Surveys in D1: creating them (from a template or from scratch, and a one-to-one program's default
 * schedule), listing and changing them, their response rates, and the answers their results read.
 */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { surveys } from "../../../db/schema";
import type { SurveyQuestion, SurveyTrigger } from "../../../domain/surveys/types";
import { TEMPLATES } from "../../../domain/surveys/templates";

export type Survey = typeof surveys.$inferSelect;
type SurveyChange = Partial<Pick<Survey, "title" | "questions" | "trigger" | "openDays" | "anonymous" | "active">>;
export type SurveyOwner = { programId: string } | { eventId: string };
export type SurveyInput = {
  title: string;
  template: string;
  questions: SurveyQuestion[];
  trigger: SurveyTrigger;
  openDays: number;
  anonymous: boolean;
};

export async function createSurvey(db: DB, owner: { programId?: string; eventId?: string }, input: SurveyInput) {
  const [row] = await db
    .insert(surveys)
    .values({ id: crypto.randomUUID(), programId: owner.programId ?? null, eventId: owner.eventId ?? null, ...input })
    .returning();
  return row!;
}

const fromTemplate = (key: string): SurveyInput => {
  const t = TEMPLATES.find((x) => x.key === key)!;
  return {
    title: t.title,
    template: t.key,
    questions: t.questions,
    trigger: t.trigger,
    openDays: 14,
    anonymous: t.anonymous,
  };
};

/**
 * A one-to-one program's default schedule: a two-week check-in and an end-of-program evaluation. Adds
 * only those it does not have yet (in one statement), so it can run again after an interrupted seed.
 */
export async function ensureDefaultSurveys(db: DB, programId: string, keys: string[] = ["checkin", "end"]) {
  const known = keys.filter((key) => TEMPLATES.some((t) => t.key === key));
  if (!known.length) return;
  const rows = known.map((key) => ({ id: crypto.randomUUID(), ...fromTemplate(key) }));
  await db.run(sql`
    INSERT INTO surveys (id, program_id, title, template, questions, trigger, open_days, anonymous)
    SELECT value ->> 'id', ${programId}, value ->> 'title', value ->> 'template', value -> 'questions',
      value -> 'trigger', value ->> 'openDays', value ->> 'anonymous'
    FROM json_each(${JSON.stringify(rows)})
    WHERE NOT EXISTS (SELECT 1 FROM surveys s WHERE s.program_id = ${programId} AND s.template = value ->> 'template')`);
}

/** Another program's surveys, as they are now, for a program made as a copy of it (a read, then one insert). */
export async function copySurveys(db: DB, fromProgramId: string, toProgramId: string) {
  const rows = await db.select().from(surveys).where(eq(surveys.programId, fromProgramId));
  if (!rows.length) return;
  const copies = rows.map(({ title, template, questions, trigger, openDays, anonymous, active }) => ({
    ...{ id: crypto.randomUUID(), title, template, questions, trigger, openDays, anonymous, active },
  }));
  // Through json_each: a program's surveys in one statement, whatever their number (100 parameters a statement).
  await db.run(sql`
    INSERT INTO surveys (id, program_id, title, template, questions, trigger, open_days, anonymous, active)
    SELECT value ->> 'id', ${toProgramId}, value ->> 'title', value ->> 'template', value -> 'questions',
      value -> 'trigger', value ->> 'openDays', value ->> 'anonymous', value ->> 'active'
    FROM json_each(${JSON.stringify(copies)})`);
}

/** An event's follow-up survey, sent to everyone who came once the event ends. */
export const createEventSurvey = (db: DB, eventId: string) => createSurvey(db, { eventId }, fromTemplate("event"));

export async function getSurvey(db: DB, id: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row ?? null;
}

/** Surveys of a program or event, with how many were invited and answered. */
export function surveysWithRates(db: DB, owner: SurveyOwner) {
  const where = "programId" in owner ? sql`s.program_id = ${owner.programId}` : sql`s.event_id = ${owner.eventId}`;
  return db.all<{ id: string; invited: number; responded: number }>(sql`
    SELECT s.id, COUNT(i.id) AS invited, COUNT(i.responded_at) AS responded
    FROM surveys s LEFT JOIN survey_invitations i ON i.survey_id = s.id
    WHERE ${where} GROUP BY s.id`);
}

/** The surveys of a program or an event. */
export const surveysOf = (db: DB, owner: SurveyOwner) =>
  db
    .select()
    .from(surveys)
    .where("programId" in owner ? eq(surveys.programId, owner.programId) : eq(surveys.eventId, owner.eventId));

export const updateSurvey = async (db: DB, id: string, change: SurveyChange) =>
  (await db.update(surveys).set(change).where(eq(surveys.id, id)).returning())[0]!;

export async function hasResponses(db: DB, surveyId: string) {
  const [answered] = await db.all<{ n: number }>(
    sql`SELECT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = ${surveyId}) AS n`,
  );
  return !!answered?.n;
}

/** Every response of a survey (answers as stored JSON) and how many were invited, for its results. */
export async function answersOf(db: DB, surveyId: string) {
  const [rows, invited] = await Promise.all([
    db.all<{ role: string; answers: string }>(
      sql`SELECT role, answers FROM survey_responses WHERE survey_id = ${surveyId}`,
    ),
    db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM survey_invitations WHERE survey_id = ${surveyId}`),
  ]);
  return { rows, invited: invited[0]?.n ?? 0 };
}
