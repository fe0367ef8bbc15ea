/**
 * @module db/schema/surveys
 * Surveys, the invitations to them, and their answers.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { SurveyQuestion, SurveyTrigger } from "../../domain/surveys/types";
import { createdAt, id, ownedBy, timestamps } from "./columns";
import { events } from "./events";
import { personRef } from "./people";
import { programs } from "./programs";

/** A survey of a program (or of an event): its questions, when it goes out, and for how long it is open. */
export const surveys = sqliteTable(
  "surveys",
  {
    id: id(),
    programId: text("program_id").references(() => programs.id, { onDelete: "cascade" }),
    eventId: text("event_id").references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    template: text("template").notNull().default("custom"),
    questions: text("questions", { mode: "json" }).$type<SurveyQuestion[]>().notNull(),
    trigger: text("trigger", { mode: "json" }).$type<SurveyTrigger>().notNull(),
    /** Days an invitation stays open for answers (and edits). */
    openDays: integer("open_days").notNull().default(14),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(false),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("surveys_program").on(t.programId), index("surveys_event").on(t.eventId)],
);

/**
 * One person's invitation to a survey about one subject (a mentorship, the program, an event): a one-click
 * link whose token only its hash is kept of. Unique per survey, person and subject, so a doubled tick
 * invites once.
 */
export const surveyInvitations = sqliteTable(
  "survey_invitations",
  {
    id: id(),
    surveyId: ownedBy("survey_id", () => surveys.id),
    personId: personRef(),
    subject: text("subject").notNull(),
    /** The respondent's role in the subject (mentor, mentee, …), for breakdowns. */
    role: text("role").notNull().default(""),
    tokenHash: text("token_hash").notNull(),
    dueAt: integer("due_at").notNull(),
    closesAt: integer("closes_at").notNull(),
    respondedAt: integer("responded_at"),
    reminders: integer("reminders").notNull().default(0),
    lastRemindedAt: integer("last_reminded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("survey_invitations_once").on(t.surveyId, t.personId, t.subject),
    uniqueIndex("survey_invitations_token").on(t.tokenHash),
    index("survey_invitations_open").on(t.surveyId, t.respondedAt, t.closesAt),
  ],
);

/**
 * Answers to a survey. `responseKey` is a hash of the invitation's token (not the hash the invitation
 * keeps), so the respondent can come back and edit, while an anonymous answer cannot be traced to its
 * invitation without the token; `invitationId` is kept only when the survey is not anonymous.
 */
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: id(),
    surveyId: ownedBy("survey_id", () => surveys.id),
    responseKey: text("response_key").notNull(),
    invitationId: text("invitation_id"),
    role: text("role").notNull().default(""),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("survey_responses_key").on(t.responseKey), index("survey_responses_survey").on(t.surveyId)],
);
