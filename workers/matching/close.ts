/**
 * @module matching/close
 * Closing mentorships: telling the other person, and what leaving a program does to a person's
 * mentorships and requests there (they end or move on, so nobody waits for someone who left).
 */
import { and, eq, sql } from "drizzle-orm";
import { mentorRequests, mentorships } from "../db/schema";
import { END_REASONS } from "../domain/mentorship";
import { mentorshipClosedMail } from "../mail/templates";
import { sendMail } from "../mail/send";
import { declineRequest, type Mailer } from "./requests";

type Mentorship = typeof mentorships.$inferSelect;

/** Tells the other person (both, when an organiser closed it) that a mentorship completed or ended. */
export async function tellPartner(
  m: Mailer,
  mentorship: Mentorship,
  by: { id: string; name: string },
  how: "completed" | "ended",
) {
  const rows = await m.db.all<{ id: string; name: string; email: string; program: string }>(sql`
    SELECT p.id, p.name, p.email, pr.name AS program FROM people p JOIN programs pr ON pr.id = ${mentorship.programId}
    WHERE p.id IN (${mentorship.mentorId}, ${mentorship.menteeId}) AND p.id <> ${by.id}`);
  const reason =
    how === "ended" && mentorship.endReason
      ? (END_REASONS[mentorship.endReason as keyof typeof END_REASONS] ?? null)
      : null;
  for (const r of rows) {
    await sendMail(
      m.db,
      m.queue,
      `mentorship-${how}:${mentorship.id}:${r.id}`,
      r.email,
      mentorshipClosedMail(r.name, by.name, r.program, how, reason, `${m.origin}/dashboard`),
    );
  }
}

/**
 * Someone withdrew from a program: their open requests are withdrawn, requests waiting for their answer
 * move on to each mentee's next choice, and their open mentorships end (the other person is told).
 */
export async function leaveProgram(m: Mailer, person: { id: string; name: string }, programId: string, now: number) {
  await m.db
    .update(mentorRequests)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(mentorRequests.programId, programId),
        eq(mentorRequests.menteeId, person.id),
        sql`${mentorRequests.status} IN ('waiting', 'pending')`,
      ),
    );
  const toAnswer = await m.db
    .select()
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.programId, programId),
        eq(mentorRequests.mentorId, person.id),
        eq(mentorRequests.status, "pending"),
      ),
    );
  for (const request of toAnswer) await declineRequest(m, request, now);
  const ended = await m.db
    .update(mentorships)
    .set({
      status: "ended",
      endedAt: now,
      endedBy: person.id,
      endReason: "other",
      endNote: "Withdrew from the program",
    })
    .where(
      and(
        eq(mentorships.programId, programId),
        sql`(${mentorships.mentorId} = ${person.id} OR ${mentorships.menteeId} = ${person.id})`,
        sql`${mentorships.status} IN ('proposed', 'active')`,
      ),
    )
    .returning();
  for (const mentorship of ended) await tellPartner(m, mentorship, person, "ended");
}
