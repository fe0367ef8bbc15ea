/**
 * @module db/schema/requests
 * Mentees' ranked requests to mentors.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { REQUEST_STATUSES } from "../../domain/statuses";
import { createdAt, id } from "./columns";
import { personRef } from "./people";
import { programRef } from "./programs";

/**
 * A mentee's ranked choices: one row per chosen mentor. Only one is pending at a time; on a decline
 * or a lapse the next waiting choice becomes pending.
 */
export const mentorRequests = sqliteTable(
  "mentor_requests",
  {
    id: id(),
    programId: programRef(),
    menteeId: personRef("mentee_id"),
    mentorId: personRef("mentor_id"),
    rank: integer("rank").notNull(),
    status: text("status", { enum: REQUEST_STATUSES }).notNull(),
    message: text("message").notNull().default(""),
    sentAt: integer("sent_at"),
    deadlineAt: integer("deadline_at"),
    respondedAt: integer("responded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mentor_requests_pending_mentee")
      .on(t.programId, t.menteeId)
      .where(sql`status = 'pending'`),
    uniqueIndex("mentor_requests_open_rank")
      .on(t.programId, t.menteeId, t.rank)
      .where(sql`status IN ('waiting', 'pending')`),
    index("mentor_requests_status_deadline").on(t.status, t.deadlineAt),
    index("mentor_requests_mentor_status").on(t.mentorId, t.status),
    index("mentor_requests_program_mentee").on(t.programId, t.menteeId),
  ],
);
