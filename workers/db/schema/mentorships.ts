/**
 * @module db/schema/mentorships
 * Mentorships: a mentor and a mentee in a program.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MENTORSHIP_STATUSES } from "../../domain/statuses";
import { MENTORSHIP_SOURCES } from "../../domain/kinds";
import { createdAt, id, jsonList } from "./columns";
import { personRef } from "./people";
import { programRef } from "./programs";

/**
 * A mentor and a mentee in a program: proposed → active → completed, or ended early by either side.
 * A pair is together at most once per program; a mentee has at most one open mentorship per program.
 */
export const mentorships = sqliteTable(
  "mentorships",
  {
    id: id(),
    programId: programRef(),
    mentorId: personRef("mentor_id"),
    menteeId: personRef("mentee_id"),
    status: text("status", { enum: MENTORSHIP_STATUSES }).notNull(),
    source: text("source", { enum: MENTORSHIP_SOURCES }).notNull(),
    runId: text("run_id"),
    score: integer("score"),
    reasons: jsonList("reasons"),
    startedAt: integer("started_at"),
    endedAt: integer("ended_at"),
    endedBy: text("ended_by"),
    endReason: text("end_reason"),
    endNote: text("end_note"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mentorships_pair").on(t.programId, t.mentorId, t.menteeId),
    uniqueIndex("mentorships_open_mentee")
      .on(t.programId, t.menteeId)
      .where(sql`status IN ('proposed', 'active')`),
    index("mentorships_program_mentor_status").on(t.programId, t.mentorId, t.status),
    index("mentorships_mentee").on(t.menteeId),
    index("mentorships_mentor").on(t.mentorId),
    index("mentorships_run").on(t.runId),
  ],
);
