/**
 * @module features/surveys/event-links
 * An event's follow-up survey travels inside the event's own follow-up mail (features/events/follow-up),
 * so people get one mail after an event, not two: this writes the invitations the cron's step 1 would
 * (the same unique rows, so whichever runs first wins and the other finds them) and answers each
 * person's one-click link. The survey's own mail step leaves event surveys alone.
 */
import type { DB } from "../../platform/db";
import { INVITATION_PAGE, dueForSurvey, insertInvitations } from "./repo/invitations";
import { activeEventSurvey, eventInvitationIds } from "./repo/event-invitations";
import { invitationToken, tokenHash } from "./tokens";

const DAY = 86_400_000;

/** Each person's link to the event's open follow-up survey (none when its hosts turned it off). */
export async function eventSurveyLinks(db: DB, secret: string, origin: string, eventId: string, now: number) {
  const survey = await activeEventSurvey(db, eventId);
  if (!survey) return new Map<string, string>();
  const due = await dueForSurvey(db, survey, now, INVITATION_PAGE);
  if (due.length) {
    const values = await Promise.all(
      due.map(async (c) => {
        const id = crypto.randomUUID();
        const h = await tokenHash(await invitationToken(secret, id));
        return {
          id,
          p: c.person_id,
          s: c.subject,
          r: c.role ?? "",
          h,
          d: c.due_at,
          c: c.due_at + survey.open_days * DAY,
        };
      }),
    );
    await insertInvitations(db, survey.id, values);
  }
  const rows = await eventInvitationIds(db, survey.id, now);
  const links = await Promise.all(
    rows.map(async (r) => [r.person_id, `${origin}/s/${await invitationToken(secret, r.id)}`] as const),
  );
  return new Map(links);
}
