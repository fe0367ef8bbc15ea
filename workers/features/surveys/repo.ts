/**
 * @module features/surveys/repo
 * Surveys in D1: creating them (from a template or from scratch, and a one-to-one program's default
 * schedule), their response rates, an invitation found by its token, and saving a response.
 */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { surveyInvitations, surveyResponses, surveys } from "../../db/schema";
import type { SurveyQuestion, SurveyTrigger } from "../../domain/surveys/types";
import { TEMPLATES } from "../../domain/surveys/templates";
import { responseKey, tokenHash } from "./tokens";

export type Survey = typeof surveys.$inferSelect;
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
export async function ensureDefaultSurveys(db: DB, programId: string) {
  const rows = ["checkin", "end"].map((key) => ({ id: crypto.randomUUID(), ...fromTemplate(key) }));
  await db.run(sql`
    INSERT INTO surveys (id, program_id, title, template, questions, trigger, open_days, anonymous)
    SELECT value ->> 'id', ${programId}, value ->> 'title', value ->> 'template', value -> 'questions',
      value -> 'trigger', value ->> 'openDays', value ->> 'anonymous'
    FROM json_each(${JSON.stringify(rows)})
    WHERE NOT EXISTS (SELECT 1 FROM surveys s WHERE s.program_id = ${programId} AND s.template = value ->> 'template')`);
}

/** An event's follow-up survey, sent to everyone who came once the event ends. */
export const createEventSurvey = (db: DB, eventId: string) => createSurvey(db, { eventId }, fromTemplate("event"));

export async function getSurvey(db: DB, id: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row ?? null;
}

/** Surveys of a program or event, with how many were invited and answered. */
export function surveysWithRates(db: DB, owner: { programId?: string; eventId?: string }) {
  const where = owner.programId ? sql`s.program_id = ${owner.programId}` : sql`s.event_id = ${owner.eventId ?? ""}`;
  return db.all<{ id: string; invited: number; responded: number }>(sql`
    SELECT s.id, COUNT(i.id) AS invited, COUNT(i.responded_at) AS responded
    FROM surveys s LEFT JOIN survey_invitations i ON i.survey_id = s.id
    WHERE ${where} GROUP BY s.id`);
}

/** The invitation a token opens, with its survey; null for an unknown token. */
export async function invitationByToken(db: DB, token: string) {
  const [row] = await db
    .select({ invitation: surveyInvitations, survey: surveys })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(eq(surveyInvitations.tokenHash, await tokenHash(token)));
  return row ?? null;
}

export async function responseByToken(db: DB, token: string) {
  const [row] = await db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.responseKey, await responseKey(token)));
  return row ?? null;
}

/** Saves (or replaces) the response of the token's invitation and marks the invitation answered. */
export async function saveResponse(
  db: DB,
  token: string,
  found: NonNullable<Awaited<ReturnType<typeof invitationByToken>>>,
  answers: Record<string, unknown>,
  now: number,
) {
  const { invitation, survey } = found;
  // Anonymous: the response's and the invitation's times say only the day, so they cannot be matched.
  const at = survey.anonymous ? Math.floor(now / 86_400_000) * 86_400_000 : now;
  await db.batch([
    db
      .insert(surveyResponses)
      .values({
        id: crypto.randomUUID(),
        surveyId: survey.id,
        responseKey: await responseKey(token),
        // Anonymous: nothing ties the answers to the invitation, hence to the person.
        invitationId: survey.anonymous ? null : invitation.id,
        role: invitation.role,
        answers,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoUpdate({ target: surveyResponses.responseKey, set: { answers, updatedAt: at } }),
    db
      .update(surveyInvitations)
      .set({ respondedAt: sql`COALESCE(${surveyInvitations.respondedAt}, ${at})` })
      .where(eq(surveyInvitations.id, invitation.id)),
  ]);
}
