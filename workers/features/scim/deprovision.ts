/**
 * @module features/scim/deprovision
 * The identity provider turned someone off (`active: false`) or deleted them: they leave every
 * program as if they had withdrawn themselves (their requests end, their partners are told by mail
 * and can be matched again), and every session of theirs ends. Safe to run again: a second time
 * finds nothing left to leave (ARCHITECTURE.md, invariant 1).
 */
import { revokeSessionsOf } from "../auth";
import type { Mailer } from "../mail";
import { enrollmentsOfPerson, updateOwnEnrollment } from "../programs";
import { leaveProgram } from "../requests";

export async function deprovision(
  m: Mailer,
  person: { id: string; name: string },
  now = Date.now(),
  tellPartners = true,
) {
  await revokeSessionsOf(m.db, person.id, now);
  const enrolled = (await enrollmentsOfPerson(m.db, person.id)).filter((e) => e.enrollment.status !== "withdrawn");
  for (const { enrollment } of enrolled) {
    await updateOwnEnrollment(m.db, person.id, enrollment.programId, {
      status: "withdrawn",
      withdrawnAt: now,
      updatedAt: now,
    });
    await leaveProgram(m, { person, programId: enrollment.programId, now, tellPartners });
  }
  return enrolled.length;
}
