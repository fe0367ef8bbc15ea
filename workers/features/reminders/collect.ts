/**
 * @module features/reminders/collect
 * Notes what is worth a reminder, each under a key that says what and for whom, so a doubled or late
 * tick notes nothing twice: meetings in the next 24 hours, pairs with no meeting for their program's quiet
 * threshold (once per such period, counted from their last meeting), mentor requests waiting for two
 * days, milestones due tomorrow, events tomorrow, rotation cycles starting within two days, journey steps
 * due and not ticked off (features/reminders/repo).
 */
import type { DB } from "../../platform/db";
import { noteReminders, quietPairs } from "./repo";

export async function collectReminders(db: DB, origin: string, now: number) {
  return noteReminders(db, origin, now, await nudges(db, origin, now));
}

/**
 * Active pairs quiet for their program's quiet threshold (21 days unless its rhythm says otherwise) since their last meeting (or since they were paired): one nudge
 * per person per whole period of quiet, keyed by the pair, the time the quiet began and the period, so
 * ticks at any hour, doubled or late, nudge once a period and a new meeting starts the count again.
 * The note keeps the day as an instant; its digest words it on the reader's clock (features/reminders/words).
 */
async function nudges(db: DB, origin: string, now: number) {
  const due = await quietPairs(db, now);
  return due.map((r) => ({
    key: r.key,
    personId: r.person_id,
    text: JSON.stringify({ kind: "nudge", other: r.other, since: r.since, met: !!r.met }),
    link: `${origin}/mentorships/${r.id}`,
  }));
}
