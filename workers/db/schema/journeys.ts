/**
 * @module db/schema/journeys
 * What pairs do along their program's journey (the steps they ticked off, the agreement they confirmed),
 * and mentors' applications to programs that approve their mentors.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { APPLICATION_STATUSES } from "../../domain/statuses";
import type { AgreementTerms } from "../../domain/journeys/journey";
import { createdAt, id, jsonList, ownedBy } from "./columns";
import { mentorships } from "./mentorships";
import { personRef } from "./people";
import { programRef } from "./programs";

/** A journey step a pair ticked off: once per pair and step, whoever of the two ticked it. */
export const journeyTicks = sqliteTable(
  "journey_ticks",
  {
    mentorshipId: ownedBy("mentorship_id", () => mentorships.id),
    stepId: text("step_id").notNull(),
    tickedBy: personRef("ticked_by"),
    tickedAt: integer("ticked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.mentorshipId, t.stepId] })],
);

/**
 * A pair's mentoring agreement: the terms, and when each of the two confirmed them. Changing the terms
 * clears the other's confirmation, so both always confirmed the same text.
 */
export const mentorshipAgreements = sqliteTable("mentorship_agreements", {
  mentorshipId: ownedBy("mentorship_id", () => mentorships.id).primaryKey(),
  terms: text("terms", { mode: "json" }).$type<AgreementTerms>().notNull(),
  mentorConfirmedAt: integer("mentor_confirmed_at"),
  menteeConfirmedAt: integer("mentee_confirmed_at"),
  updatedAt: integer("updated_at").notNull(),
});

/** A mentor's application to a program that approves its mentors; one per person and program. */
export const mentorApplications = sqliteTable(
  "mentor_applications",
  {
    id: id(),
    programId: programRef(),
    personId: personRef(),
    why: text("why").notNull(),
    experience: text("experience").notNull(),
    topics: jsonList("topics"),
    status: text("status", { enum: APPLICATION_STATUSES }).notNull().default("pending"),
    reason: text("reason"),
    decidedBy: text("decided_by"),
    decidedAt: integer("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mentor_applications_program_person").on(t.programId, t.personId),
    index("mentor_applications_program_status").on(t.programId, t.status, t.createdAt),
  ],
);
