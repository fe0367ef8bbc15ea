/**
 * @module features/requests/leave
 * What leaving a program does to a person's requests and mentorships there: they end or move on, so
 * nobody waits for someone who left. Here rather than in mentorships, which requests build on.
 */
import { getProgram } from "../programs";
import { endMentorshipsOf, type Departure } from "../mentorships";
import type { Mailer } from "../mail";
import { CHAINS_PER_TICK as CHAINS_NOW } from "./lapses";
import { cancelOpenRequestsOf, declineAllPendingTo } from "./repo/chains";
import { advanceChain } from "./steps";

/**
 * Someone withdrew from a program: their open requests are withdrawn, requests waiting for their answer
 * move on to each mentee's next choice, and their open mentorships end (the other person is told, unless
 * the departure says not to).
 */
export async function leaveProgram(m: Mailer, departure: Departure) {
  const { person, programId, now } = departure;
  await cancelOpenRequestsOf(m.db, programId, person.id);
  // All declined at once; a few chains move on now and the clock hands on the rest (stalled chains), so
  // a much-asked mentor's leaving stays within one invocation's D1 queries.
  const declined = await declineAllPendingTo(m.db, programId, person.id, now);
  const program = declined.length ? await getProgram(m.db, programId) : null;
  if (program) {
    for (const request of declined.slice(0, CHAINS_NOW)) await advanceChain(m, program, request.menteeId, now);
  }
  await endMentorshipsOf(m, departure);
}
