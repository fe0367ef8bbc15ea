/**
 * @module features/journeys/repo
 * A program's journey, the steps a pair ticked off, and a pair's mentoring agreement.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { journeyTicks, mentorshipAgreements, programs } from "../../db/schema";
import type { AgreementTerms, JourneyStep } from "../../domain/journeys/journey";

export const saveJourney = async (db: DB, programId: string, steps: JourneyStep[]) =>
  (
    await db
      .update(programs)
      .set({ journey: steps, updatedAt: Date.now() })
      .where(eq(programs.id, programId))
      .returning({ journey: programs.journey })
  )[0]!.journey;

/** The steps a pair ticked off (a journey holds at most a few dozen steps). */
export const ticksOf = (db: DB, mentorshipId: string) =>
  db.select().from(journeyTicks).where(eq(journeyTicks.mentorshipId, mentorshipId)).limit(200);

/** Ticks a step off once: a second tick, by either of the two, keeps the first. */
export const tick = (db: DB, mentorshipId: string, stepId: string, personId: string, now: number) =>
  db.insert(journeyTicks).values({ mentorshipId, stepId, tickedBy: personId, tickedAt: now }).onConflictDoNothing();

export const untick = (db: DB, mentorshipId: string, stepId: string) =>
  db.delete(journeyTicks).where(and(eq(journeyTicks.mentorshipId, mentorshipId), eq(journeyTicks.stepId, stepId)));

export const agreementOf = async (db: DB, mentorshipId: string) =>
  (await db.select().from(mentorshipAgreements).where(eq(mentorshipAgreements.mentorshipId, mentorshipId)))[0] ?? null;

/**
 * One side confirms, in one statement: with `changed` terms, the terms are replaced and only this side's
 * confirmation stands (the partner confirms again what they now read); otherwise this side's
 * confirmation is added to the terms as they are (`terms` is what to start from when there is no row yet).
 */
export async function confirmAgreement(
  db: DB,
  mentorshipId: string,
  side: "mentor" | "mentee",
  terms: AgreementTerms,
  changed: boolean,
  now: number,
) {
  const mine = side === "mentor" ? "mentor_confirmed_at" : "mentee_confirmed_at";
  const theirs = side === "mentor" ? "mentee_confirmed_at" : "mentor_confirmed_at";
  await db.run(sql`
    INSERT INTO mentorship_agreements (mentorship_id, terms, ${sql.raw(mine)}, updated_at)
    VALUES (${mentorshipId}, ${JSON.stringify(terms)}, ${now}, ${now})
    ON CONFLICT (mentorship_id) DO UPDATE SET
      ${
        changed
          ? sql`terms = excluded.terms, ${sql.raw(mine)} = ${now}, ${sql.raw(theirs)} = NULL, updated_at = ${now}`
          : sql`${sql.raw(mine)} = COALESCE(${sql.raw(mine)}, ${now})`
      }`);
  return (await agreementOf(db, mentorshipId))!;
}
