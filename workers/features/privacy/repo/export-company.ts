/**
 * @module features/privacy/repo/export-company
 * A person's export, last part: what the company's systems hold about them (the departments their
 * identity provider pushed, how they take reminders) and what they did as an organiser or admin.
 */
import { eq } from "drizzle-orm";
import * as t from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { about, programName, without, type Section } from "./export-sql";

export function companySections(db: DB, p: string) {
  const { naming } = about(db, p);
  return {
    departmentGroups: [
      [t.scimGroupMembers, t.scimGroups],
      db
        .select({ group: t.scimGroups.displayName, since: t.scimGroupMembers.createdAt })
        .from(t.scimGroupMembers)
        .innerJoin(t.scimGroups, eq(t.scimGroups.id, t.scimGroupMembers.groupId))
        .where(eq(t.scimGroupMembers.personId, p)),
    ],
    reminderChannel: naming(t.chatPreferences, "personId"),
    // The channel's address is the program's secret, not theirs: only which program and when.
    channelsSet: naming(t.programChannels, "updatedBy", {
      program: programName(t.programChannels.programId),
      kind: t.programChannels.kind,
      updatedAt: t.programChannels.updatedAt,
    }),
    actionsRecorded: naming(t.auditLog, "actorId", without(t.auditLog, "actorId")),
  } satisfies Record<string, Section>;
}
