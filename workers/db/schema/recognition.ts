/**
 * @module db/schema/recognition
 * Badges earned at a program's milestones, certificates of completed mentorships, and kudos.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { BADGES } from "../../domain/recognition";
import { createdAt, id, ownedBy } from "./columns";
import { events } from "./events";
import { mentorships } from "./mentorships";
import { personRef } from "./people";
import { programRef, programs } from "./programs";

/** One row a person, program and milestone: awarding again finds the row and changes nothing. */
export const badges = sqliteTable(
  "badges",
  {
    personId: personRef(),
    programId: programRef(),
    badge: text("badge", { enum: BADGES }).notNull(),
    /** When the milestone was reached, as the rows it comes from say. */
    earnedAt: integer("earned_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.programId, t.badge] }), index("badges_program").on(t.programId)],
);

/**
 * A certificate of a completed mentorship for one of its two people. The id is the public link: random
 * and unguessable, since the page shows a name and a program to whoever holds it.
 */
export const certificates = sqliteTable(
  "certificates",
  {
    id: id(),
    mentorshipId: ownedBy("mentorship_id", () => mentorships.id),
    personId: personRef(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("certificates_mentorship_person").on(t.mentorshipId, t.personId)],
);

/** A thank-you from one person to a partner of a pair or of a speed event. */
export const kudos = sqliteTable(
  "kudos",
  {
    id: id(),
    fromId: personRef("from_id"),
    toId: personRef("to_id"),
    programId: text("program_id").references(() => programs.id, { onDelete: "set null" }),
    mentorshipId: text("mentorship_id").references(() => mentorships.id, { onDelete: "set null" }),
    eventId: text("event_id").references(() => events.id, { onDelete: "set null" }),
    note: text("note").notNull(),
    tellManager: integer("tell_manager", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("kudos_to").on(t.toId, t.createdAt), index("kudos_program_to").on(t.programId, t.toId)],
);
