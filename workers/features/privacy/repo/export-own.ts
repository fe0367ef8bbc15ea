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
  const { is, rows, naming, mine, myGoals, role, other } = about(db, p);
  const m = t.mentorships;
  const r = t.mentorRequests;
  return {
    profile: naming(t.people, "id"),
    provisioning: naming(t.scimUsers, "personId"),
    sessions: naming(t.sessions, "personId", without(t.sessions, "personId")),
    signInLinks: naming(t.emailTokens, "personId", without(t.emailTokens, "tokenHash", "personId")),
    enrolments: naming(t.enrollments, "personId", {
      ...getTableColumns(t.enrollments),
      program: programName(t.enrollments.programId),
    }),
    managedPrograms: naming(t.programManagers, "personId", {
      programId: t.programManagers.programId,
      program: programName(t.programManagers.programId),
    }),
    mentorApplications: naming(t.mentorApplications, "personId", without(t.mentorApplications, "decidedBy")),
    // Partners appear by name only: their ids, emails and profiles are theirs.
    mentorships: rows(m, is(m.mentorId, m.menteeId), {
      ...without(m, "mentorId", "menteeId", "endedBy", "runId"),
      program: programName(m.programId),
      role: role(m.mentorId),
      partner: other(m.mentorId, m.menteeId),
    }),
    agreements: rows(t.mentorshipAgreements, inArray(t.mentorshipAgreements.mentorshipId, mine)),
    meetings: rows(t.meetings, inArray(t.meetings.mentorshipId, mine), without(t.meetings, "createdBy", "notesBy")),
    goals: rows(t.goals, inArray(t.goals.mentorshipId, mine)),
    milestones: rows(t.milestones, inArray(t.milestones.goalId, myGoals)),
    goalComments: naming(t.goalComments, "authorId", without(t.goalComments, "authorId")),
    journeyTicks: rows(t.journeyTicks, inArray(t.journeyTicks.mentorshipId, mine), {
      ...without(t.journeyTicks, "tickedBy"),
      byYou: sql<number>`${t.journeyTicks.tickedBy} = ${p}`,
    }),
    pairChecks: rows(t.pairChecks, inArray(t.pairChecks.mentorshipId, mine), without(t.pairChecks, "byId")),
    requests: rows(r, is(r.mentorId, r.menteeId), {
      ...without(r, "menteeId", "mentorId"),
      program: programName(r.programId),
      role: role(r.mentorId),
      other: other(r.mentorId, r.menteeId),
    }),
    matchProposals: rows(t.matchProposals, is(t.matchProposals.mentorId, t.matchProposals.menteeId), {
      ...without(t.matchProposals, "mentorId", "menteeId"),
      role: role(t.matchProposals.mentorId),
    }),
    unmatched: naming(t.matchUnmatched, "personId"),
    pairRules: rows(t.pairRules, is(t.pairRules.mentorId, t.pairRules.menteeId), {
      ...without(t.pairRules, "mentorId", "menteeId"),
      role: role(t.pairRules.mentorId),
    }),
    groups: [
      [t.groupMembers, t.groups],
      db
        .select({ groupId: t.groups.id, name: t.groups.name, role: t.groupMembers.role, status: t.groups.status })
        .from(t.groupMembers)
        .innerJoin(t.groups, eq(t.groups.id, t.groupMembers.groupId))
        .where(eq(t.groupMembers.personId, p)),
    ],
    groupNotes: naming(t.groupNotes, "authorId", without(t.groupNotes, "authorId")),
  } satisfies Record<string, Section>;
}
