/**
 * @module features/mentorships/close
 * Closing mentorships: telling the other person, and what leaving a program does to a person's
 * mentorships and requests there (they end or move on, so nobody waits for someone who left).
 */
import { and, eq, sql } from "drizzle-orm";
import { mentorRequests, mentorships } from "../../db/schema";
import { END_REASONS } from "../../domain/mentorship";
import { mentorshipClosedMail } from "./mail";
import { sendMail } from "../mail";
import { getProgram } from "../programs/repo/programs";
import { declineAllPendingTo } from "../requests/repo";
import { advanceChain, type Mailer } from "../requests/steps";
import { CHAINS_PER_TICK as CHAINS_NOW } from "../requests/lapses";

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
  // All declined at once; a few chains move on now and the clock hands on the rest (stalled chains), so
  // a much-asked mentor's leaving stays within one invocation's D1 queries.
  const declined = await declineAllPendingTo(m.db, programId, person.id, now);
  const program = declined.length ? await getProgram(m.db, programId) : null;
  if (program) {
    for (const request of declined.slice(0, CHAINS_NOW)) await advanceChain(m, program, request.menteeId, now);
  }
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
