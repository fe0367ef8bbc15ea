/**
 * @module features/events/follow-up
 * The clock's part for events: notice events whose live clock has finished (the host ending it is
 * recorded at once; alarms running it out are noticed here), then mail everyone who was there once (keyed
 * `event-follow-up:<event>:<person>`), with the event's feedback survey in the same mail. Both steps re-derive their work from rows, so a doubled, late
 * or interrupted tick neither repeats nor drops a mail. Each tick asks at most EVENTS_PER_TICK live clocks
 * (a subrequest each) and writes at most MAILS_PER_TICK mails in a few bulk statements; the rest waits
 * for the next tick.
 */
import { windowOfTick } from "../../platform/chunks";
import type { DB } from "../../platform/db";
import { sendMails, type MailMessage } from "../mail";
import { eventSurveyLinks } from "../surveys";
import { liveObject } from "./live";
import { eventFollowUpMail } from "./mail";
import { markFinished } from "./repo/events";
import { followUpsDue, runningEvents } from "./repo/follow-up";
import { languageOf } from "../../platform/i18n";

export const EVENTS_PER_TICK = 20;
export const MAILS_PER_TICK = 500;

export async function followUpEvents(env: Env, db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const running = await runningEvents(db, now);
  for (const { id } of windowOfTick(running, EVENTS_PER_TICK, now)) {
    const res = await liveObject(env, id).fetch(new Request("https://event-live/live"));
    if (!res.ok) continue; // never configured: nobody ran it
    const state = (await res.json()) as { phase: string };
    if (state.phase === "finished") await markFinished(db, id, now);
  }
  // Everyone who was at a finished event and has not had the follow-up yet.
  const due = await followUpsDue(db, now, MAILS_PER_TICK);
  // The event's survey rides in the same mail; its links are the same on a redelivery (derived from rows).
  const surveys = new Map<string, Map<string, string>>();
  for (const eventId of new Set(due.map((r) => r.event_id))) {
    surveys.set(eventId, await eventSurveyLinks(db, env.JWT_SECRET, origin, eventId, now));
  }
  await sendMails(
    db,
    queue,
    due.map((r) => ({
      key: `event-follow-up:${r.event_id}:${r.person_id}`,
      to: r.email,
      mail: eventFollowUpMail(
        languageOf(r.ui_language),
        r.name,
        r.title,
        origin,
        { id: r.event_id, key: r.join_key },
        {
          proposes: !!r.proposes,
          surveyUrl: surveys.get(r.event_id)?.get(r.person_id) ?? null,
        },
      ),
    })),
  );
  return due.length;
}
