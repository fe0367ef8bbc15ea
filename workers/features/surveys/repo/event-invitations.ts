/**
 * @module features/surveys/repo/event-invitations
 * An event's follow-up survey and its open invitations, for the link the event's follow-up mail carries.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { ActiveSurvey } from "./invitations";

/** The event's active survey sent when it ends; null when there is none or its hosts turned it off. */
export const activeEventSurvey = async (db: DB, eventId: string) =>
  (await db.get<ActiveSurvey | undefined>(sql`
    SELECT id, program_id, event_id, trigger, open_days FROM surveys
    WHERE event_id = ${eventId} AND active = 1 AND json_extract(trigger, '$.anchor') = 'event-end'
    ORDER BY created_at, id LIMIT 1`)) ?? null;

/** The survey's invitations still open now, by person. */
export const eventInvitationIds = (db: DB, surveyId: string, now: number) =>
  db.all<{ id: string; person_id: string }>(sql`
    SELECT id, person_id FROM survey_invitations
    WHERE survey_id = ${surveyId} AND due_at <= ${now} AND closes_at > ${now}`);
