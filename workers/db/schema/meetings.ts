/**
 * @module db/schema/meetings
 * A pair's meetings.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { MEETING_KINDS } from "../../domain/kinds";
import { createdAt, id, ownedBy } from "./columns";
import { mentorships } from "./mentorships";

/** A pair's meeting (or a job-shadowing session): when, where, what about, and notes afterwards. */
export const meetings = sqliteTable(
  "meetings",
  {
    id: id(),
    mentorshipId: ownedBy("mentorship_id", () => mentorships.id),
    kind: text("kind", { enum: MEETING_KINDS }).notNull().default("meeting"),
    startsAt: integer("starts_at").notNull(),
    minutes: integer("minutes").notNull(),
    place: text("place").notNull().default(""),
    videoUrl: text("video_url"),
    agenda: text("agenda").notNull().default(""),
    notes: text("notes").notNull().default(""),
    notesBy: text("notes_by"),
    createdBy: text("created_by").notNull(),
    /** Grows with each change of time or place, so calendars update the invite they have. */
    sequence: integer("sequence").notNull().default(0),
    cancelledAt: integer("cancelled_at"),
    createdAt: createdAt(),
  },
  (t) => [index("meetings_mentorship").on(t.mentorshipId, t.startsAt), index("meetings_starts").on(t.startsAt)],
);
