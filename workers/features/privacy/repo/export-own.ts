/**
 * @module features/privacy/repo/export-own
 * A person's export, first half: their profile and account, programs, pairs and what the pairs did.
 * Partners appear by name only: their ids, emails and profiles are theirs.
 */
import { eq, getTableColumns, inArray, sql } from "drizzle-orm";
import * as t from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { about, programName, without, type Section } from "./export-sql";

export function ownSections(db: DB, p: string) {
  const { is, mine, myGoals, role, other } = about(db, p);
  const m = t.mentorships;
  const r = t.mentorRequests;
  return {
    profile: [[t.people], db.select().from(t.people).where(eq(t.people.id, p))],
    provisioning: [[t.scimUsers], db.select().from(t.scimUsers).where(eq(t.scimUsers.personId, p))],
    sessions: [
      [t.sessions],
      db.select(without(t.sessions, "personId")).from(t.sessions).where(eq(t.sessions.personId, p)),
    ],
    signInLinks: [
      [t.emailTokens],
      db
        .select(without(t.emailTokens, "tokenHash", "personId"))
        .from(t.emailTokens)
        .where(eq(t.emailTokens.personId, p)),
    ],
    enrolments: [
      [t.enrollments],
      db
        .select({ ...getTableColumns(t.enrollments), program: programName(t.enrollments.programId) })
        .from(t.enrollments)
        .where(eq(t.enrollments.personId, p)),
    ],
    managedPrograms: [
      [t.programManagers],
      db
        .select({ programId: t.programManagers.programId, program: programName(t.programManagers.programId) })
        .from(t.programManagers)
        .where(eq(t.programManagers.personId, p)),
    ],
    mentorApplications: [
      [t.mentorApplications],
      db
        .select(without(t.mentorApplications, "decidedBy"))
        .from(t.mentorApplications)
        .where(eq(t.mentorApplications.personId, p)),
    ],
    // Partners appear by name only: their ids, emails and profiles are theirs.
    mentorships: [
      [t.mentorships],
      db
        .select({
          ...without(m, "mentorId", "menteeId", "endedBy", "runId"),
          program: programName(m.programId),
          role: role(m.mentorId),
          partner: other(m.mentorId, m.menteeId),
        })
        .from(m)
        .where(is(m.mentorId, m.menteeId)),
    ],
    agreements: [
      [t.mentorshipAgreements],
      db.select().from(t.mentorshipAgreements).where(inArray(t.mentorshipAgreements.mentorshipId, mine)),
    ],
    meetings: [
      [t.meetings],
      db
        .select(without(t.meetings, "createdBy", "notesBy"))
        .from(t.meetings)
        .where(inArray(t.meetings.mentorshipId, mine)),
    ],
    goals: [[t.goals], db.select().from(t.goals).where(inArray(t.goals.mentorshipId, mine))],
    milestones: [[t.milestones], db.select().from(t.milestones).where(inArray(t.milestones.goalId, myGoals))],
    goalComments: [
      [t.goalComments],
      db.select(without(t.goalComments, "authorId")).from(t.goalComments).where(eq(t.goalComments.authorId, p)),
    ],
    journeyTicks: [
      [t.journeyTicks],
      db
        .select({ ...without(t.journeyTicks, "tickedBy"), byYou: sql<number>`${t.journeyTicks.tickedBy} = ${p}` })
        .from(t.journeyTicks)
        .where(inArray(t.journeyTicks.mentorshipId, mine)),
    ],
    pairChecks: [
      [t.pairChecks],
      db.select(without(t.pairChecks, "byId")).from(t.pairChecks).where(inArray(t.pairChecks.mentorshipId, mine)),
    ],
    requests: [
      [t.mentorRequests],
      db
        .select({
          ...without(r, "menteeId", "mentorId"),
          program: programName(r.programId),
          role: role(r.mentorId),
          other: other(r.mentorId, r.menteeId),
        })
        .from(r)
        .where(is(r.mentorId, r.menteeId)),
    ],
    matchProposals: [
      [t.matchProposals],
      db
        .select({ ...without(t.matchProposals, "mentorId", "menteeId"), role: role(t.matchProposals.mentorId) })
        .from(t.matchProposals)
        .where(is(t.matchProposals.mentorId, t.matchProposals.menteeId)),
    ],
    unmatched: [[t.matchUnmatched], db.select().from(t.matchUnmatched).where(eq(t.matchUnmatched.personId, p))],
    pairRules: [
      [t.pairRules],
      db
        .select({ ...without(t.pairRules, "mentorId", "menteeId"), role: role(t.pairRules.mentorId) })
        .from(t.pairRules)
        .where(is(t.pairRules.mentorId, t.pairRules.menteeId)),
    ],
    groups: [
      [t.groupMembers, t.groups],
      db
        .select({ groupId: t.groups.id, name: t.groups.name, role: t.groupMembers.role, status: t.groups.status })
        .from(t.groupMembers)
        .innerJoin(t.groups, eq(t.groups.id, t.groupMembers.groupId))
        .where(eq(t.groupMembers.personId, p)),
    ],
    groupNotes: [
      [t.groupNotes],
      db.select(without(t.groupNotes, "authorId")).from(t.groupNotes).where(eq(t.groupNotes.authorId, p)),
    ],
  } satisfies Record<string, Section>;
}
