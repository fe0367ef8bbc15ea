/**
 * @module db/schema/groups
 * Mentoring groups and peer circles: members and notes.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { GROUP_ROLES } from "../../domain/roles";
import { GROUP_STATUSES } from "../../domain/statuses";
import { createdAt, id, jsonList, notesOn, ownedBy } from "./columns";
import { peopleIn } from "./people";
import { programRef } from "./programs";

/** A mentoring group or peer circle of a program: proposed by the planner, published by the admin. */
export const groups = sqliteTable(
  "groups",
  {
    id: id(),
    programId: programRef(),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    status: text("status", { enum: GROUP_STATUSES }).notNull().default("proposed"),
    sharedInterests: jsonList("shared_interests"),
    reasons: jsonList("reasons"),
    nextMeetingAt: integer("next_meeting_at"),
    nextMeetingPlace: text("next_meeting_place").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("groups_program").on(t.programId, t.status)],
);

export const groupMembers = peopleIn(
  "group_members",
  { groupId: ownedBy("group_id", () => groups.id) },
  {
    role: text("role", { enum: GROUP_ROLES }).notNull(),
  },
);

/** Notes on a group's shared page, by its members. */
export const groupNotes = notesOn(
  "group_notes",
  "groupId",
  ownedBy("group_id", () => groups.id),
  "group_notes_group",
);
