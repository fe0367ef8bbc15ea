/**
 * @module features/surveys/repo/responses
 * Answering by token: the invitation a token opens, what its survey is about, and saving a response.
 */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { surveyInvitations, surveyResponses, surveys } from "../../../db/schema";
import { responseKey, tokenHash } from "../tokens";
import type { Survey } from "./surveys";

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

/** The program's name or the event's title a survey is about ('' when neither is left). */
export async function surveyAbout(db: DB, survey: Pick<Survey, "programId" | "eventId">) {
  const [row] = await db.all<{ about: string }>(sql`
    SELECT COALESCE((SELECT name FROM programs WHERE id = ${survey.programId}),
      (SELECT title FROM events WHERE id = ${survey.eventId}), '') AS about`);
  return row?.about ?? "";
}
