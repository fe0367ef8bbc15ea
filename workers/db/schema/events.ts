/**
 * @module db/schema/events
 * Speed-mentoring events: hosts, registrations and picks.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { EVENT_ROLES } from "../../domain/roles";
import { REGISTRATION_STATUSES } from "../../domain/statuses";
import { EVENT_MODES } from "../../domain/kinds";
import { createdAt, id, jsonList, ownedBy, timestamps } from "./columns";
import { peopleIn, personRef } from "./people";
import { programs } from "./programs";

/** A speed-mentoring event: mentors at numbered tables, mentees rotating every round. */
export const events = sqliteTable(
  "events",
  {
    id: id(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    mode: text("mode", { enum: EVENT_MODES }).notNull().default("mentoring"),
    startsAt: integer("starts_at").notNull(),
    timezone: text("timezone").notNull(),
    place: text("place").notNull().default(""),
    videoUrl: text("video_url"),
    roundMinutes: integer("round_minutes").notNull(),
    breakMinutes: integer("break_minutes").notNull(),
    /** Null: as many rounds as give everyone a new partner. */
    rounds: integer("rounds"),
    tables: integer("tables").notNull(),
    menteesPerTable: integer("mentees_per_table").notNull(),
    /** Where mutual picks become proposed mentorships, when the host chose a program. */
    programId: text("program_id").references(() => programs.id, { onDelete: "set null" }),
    joinKey: text("join_key").notNull(),
    /** The rotation plan as last planned (see domain/events/planner). */
    plan: text("plan", { mode: "json" }).$type<unknown[]>(),
    createdBy: text("created_by"),
    /** When the clock was seen finished; the follow-up mail goes out after it. */
    finishedAt: integer("finished_at"),
    ...timestamps(),
  },
  // By program: a program's insights sum its events' registrations and picks.
  (t) => [index("events_starts").on(t.startsAt), index("events_program").on(t.programId)],
);

export const eventHosts = peopleIn("event_hosts", { eventId: ownedBy("event_id", () => events.id) });

/** Who comes to an event, in which role, and whether they are there. */
export const eventRegistrations = sqliteTable(
  "event_registrations",
  {
    id: id(),
    eventId: ownedBy("event_id", () => events.id),
    personId: personRef(),
    role: text("role", { enum: EVENT_ROLES }).notNull(),
    interests: jsonList("interests"),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull().default("registered"),
    walkIn: integer("walk_in", { mode: "boolean" }).notNull().default(false),
    checkedInAt: integer("checked_in_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("event_registrations_person").on(t.eventId, t.personId),
    index("event_registrations_event_status").on(t.eventId, t.status),
  ],
);

/** Whom someone would like to keep meeting after an event; a pick both ways is a mutual pick. */
export const eventPicks = sqliteTable(
  "event_picks",
  {
    eventId: ownedBy("event_id", () => events.id),
    fromId: text("from_id").notNull(),
    toId: text("to_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.fromId, t.toId] })],
);
