/**
 * @module features/join/repo
 * A pending sign-up confirmation, read without using its token up: what it would change on the
 * person's profile and enrollment, and whether its role change is refused.
 */
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import {
  emailTokens,
  enrollments,
  groupMembers,
  groups,
  mentorships,
  people,
  programs,
  rotationCycles,
} from "../../db/schema";
import { fieldChanges, roleConflict, type Commitments } from "../../domain/signup-changes";
import { sha256Hex } from "../../platform/crypto";
import type { RedeemFailure } from "../auth";
import type { SignupPayload } from "../../domain/profile";

/** Active pairs, published groups and rotation cycles not ended that hold this person in a program. */
async function commitments(db: DB, programId: string, personId: string): Promise<Commitments> {
  const [pairs, memberships, cycles] = await db.batch([
    db
      .select({ mentorId: mentorships.mentorId })
      .from(mentorships)
      .where(
        and(
          eq(mentorships.programId, programId),
          inArray(mentorships.status, ["proposed", "active"]),
          or(eq(mentorships.mentorId, personId), eq(mentorships.menteeId, personId)),
        ),
      ),
    db
      .select({ role: groupMembers.role })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(and(eq(groupMembers.personId, personId), eq(groups.programId, programId), eq(groups.status, "published"))),
    db
      .select({ pairs: rotationCycles.pairs })
      .from(rotationCycles)
      .where(
        and(eq(rotationCycles.programId, programId), isNull(rotationCycles.endedAt), eq(rotationCycles.skipped, false)),
      ),
  ]);
  const rotation = cycles.flatMap((c) => c.pairs);
  const held = {
    pair: pairs.map((p) => p.mentorId === personId),
    group: memberships.map((m) => m.role).filter((r) => r !== "peer"),
    rotation: [
      ...rotation.filter((p) => p.juniorId === personId).map(() => true),
      ...rotation.filter((p) => p.seniorIds.includes(personId)).map(() => false),
    ],
  };
  const what = [
    ...(held.pair.length ? ["a mentorship"] : []),
    ...(held.group.length ? ["a group"] : []),
    ...(held.rotation.length ? ["the rotation"] : []),
  ];
  return {
    mentors: held.pair.includes(true) || held.group.includes("mentor") || held.rotation.includes(true),
    isMentored: held.pair.includes(false) || held.group.includes("mentee") || held.rotation.includes(false),
    what,
  };
}

/**
 * Whether the person was in Tandem before this sign-up: signed in, confirmed an enrollment, manages a
 * program, or hosts or attends an event. Until then the profile holds only a name made from the
 * address, which their first confirmation sets without asking.
 */
async function knownBefore(db: DB, personId: string) {
  const [row] = await db.all<{ n: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM enrollments WHERE person_id = ${personId} AND confirmed_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM sessions WHERE person_id = ${personId})
      OR EXISTS (SELECT 1 FROM program_managers WHERE person_id = ${personId})
      OR EXISTS (SELECT 1 FROM event_hosts WHERE person_id = ${personId})
      OR EXISTS (SELECT 1 FROM event_registrations WHERE person_id = ${personId}) AS n`);
  return !!row?.n;
}

/** What redeeming `token` would do now, or why it cannot be redeemed; nothing is used up. */
export async function pendingConfirmation(db: DB, token: string, now = Date.now()) {
  const [row] = await db
    .select({
      purpose: emailTokens.purpose,
      usedAt: emailTokens.usedAt,
      expiresAt: emailTokens.expiresAt,
      payload: emailTokens.payload,
      person: people,
      enrollment: enrollments,
      program: { id: programs.id, name: programs.name },
    })
    .from(emailTokens)
    .innerJoin(people, eq(people.id, emailTokens.personId))
    .leftJoin(enrollments, eq(enrollments.id, emailTokens.enrollmentId))
    .leftJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(emailTokens.tokenHash, await sha256Hex(token)));
  if (!row) return { failure: "unknown" as RedeemFailure };
  if (row.usedAt !== null) return { failure: "used" as RedeemFailure };
  if (row.expiresAt <= now) return { failure: "expired" as RedeemFailure };
  if (row.purpose !== "confirm" || !row.enrollment || !row.program) return { purpose: "signin" as const };
  const payload = row.payload as SignupPayload;
  const { role, ...enrollmentFields } = payload.enrollment;
  const changes = [
    ...((await knownBefore(db, row.person.id)) ? fieldChanges(row.person, payload.person) : []),
    ...fieldChanges(row.enrollment, { role, ...enrollmentFields }),
  ];
  const conflict =
    row.enrollment.role === role
      ? null
      : roleConflict(row.enrollment.role, role, await commitments(db, row.program.id, row.person.id));
  return { purpose: "confirm" as const, email: row.person.email, program: row.program, changes, conflict };
}
