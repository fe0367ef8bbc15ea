/**
 * @module features/reminders/digest
 * Sends each person's due reminders as one digest, in their working hours. A person's reminders are
 * claimed under one digest key (in one UPDATE, so two ticks cannot both take them), and every claimed
 * digest without its mail gets it, keyed by the digest key: a crash between claim and mail is finished
 * by the next tick, and a doubled tick writes nothing twice.
 */
import type { DB } from "../../platform/db";
import { enqueueMail, insertMails, type MailMessage } from "../mail";
import { reminderDigestMail } from "./mail";
import { inWorkingHours } from "../../domain/reminders/working-hours";
import { claimDigests, unmailedDigests, waitingPeople } from "./repo";
import { languageOf } from "../../platform/i18n";
import { reminderText } from "./words";

export async function sendDigests(db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const waiting = await waitingPeople(db, now);
  const ready = waiting.filter((w) => inWorkingHours(w.timezone, now)).map((w) => w.person_id);
  if (ready.length) await claimDigests(db, ready, now);
  const claimed = await unmailedDigests(db);
  const digests = new Map<string, typeof claimed>();
  for (const r of claimed) digests.set(r.digest_key, [...(digests.get(r.digest_key) ?? []), r]);
  const mails = [...digests].map(([key, items]) => {
    const reader = { language: languageOf(items[0]!.ui_language), timezone: items[0]!.timezone };
    const lines = items.map((i) => ({ text: reminderText(i.text, reader, now), link: i.link }));
    return { key, to: items[0]!.email, mail: reminderDigestMail(reader.language, items[0]!.name, lines) };
  });
  await enqueueMail(queue, await insertMails(db, mails));
  return mails.length;
}
