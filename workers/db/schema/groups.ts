/**
 * @module db/schema/groups
 * Mentoring groups and peer circles: members and notes.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { GROUP_ROLES } from "../../domain/roles";
import { GROUP_STATUSES } from "../../domain/statuses";
import { now } from "./columns";
import { people } from "./people";
import { programs } from "./programs";

/** A mentoring group or peer circle of a program: proposed by the planner, published by the admin. */
export const groups = sqliteTable(
  "groups",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    status: text("status", { enum: GROUP_STATUSES }).notNull().default("proposed"),
    sharedInterests: text("shared_interests", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    reasons: text("reasons", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    nextMeetingAt: integer("next_meeting_at"),
    nextMeetingPlace: text("next_meeting_place").notNull().default(""),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("groups_program").on(t.programId, t.status)],
);

export const groupMembers = sqliteTable(
  "group_members",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: GROUP_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), index("group_members_person").on(t.personId)],
);

/** Notes on a group's shared page, by its members. */
export const groupNotes = sqliteTable(
  "group_notes",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    authorId: text("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("group_notes_group").on(t.groupId, t.createdAt)],
);
