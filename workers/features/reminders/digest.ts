/**
 * @module features/reminders/digest
 * Sends each person's due reminders as one digest, in their working hours. A person's reminders are
 * claimed under one digest key (in one UPDATE, so two ticks cannot both take them), and every claimed
 * digest without its mail gets it, keyed by the digest key: a crash between claim and mail is finished
 * by the next tick, and a doubled tick writes nothing twice.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { insertMails } from "../mail";
import { enqueueMail, type MailMessage } from "../mail";
import { reminderDigestMail } from "./mail";
import { inWorkingHours } from "../../domain/reminders/working-hours";

export async function sendDigests(db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const waiting = await db.all<{ person_id: string; timezone: string }>(sql`
    SELECT DISTINCT r.person_id, p.timezone FROM reminders r JOIN people p ON p.id = r.person_id
    WHERE r.digest_key IS NULL AND r.due_at <= ${now} LIMIT 2000`);
  const ready = waiting.filter((w) => inWorkingHours(w.timezone, now)).map((w) => w.person_id);
  if (ready.length) {
    await db.run(sql`
      UPDATE reminders SET digest_key = 'digest:' || person_id || ':' || ${now}
      WHERE digest_key IS NULL AND due_at <= ${now}
        AND person_id IN (SELECT value FROM json_each(${JSON.stringify(ready)}))`);
  }
  const claimed = await db.all<{ digest_key: string; name: string; email: string; text: string; link: string }>(sql`
    SELECT r.digest_key, p.name, p.email, r.text, r.link FROM reminders r JOIN people p ON p.id = r.person_id
    WHERE r.digest_key IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = r.digest_key)
    ORDER BY r.digest_key, r.due_at, r.key LIMIT 5000`);
  const digests = new Map<string, typeof claimed>();
  for (const r of claimed) digests.set(r.digest_key, [...(digests.get(r.digest_key) ?? []), r]);
  const mails = [...digests].map(([key, items]) => ({
    key,
    to: items[0]!.email,
    mail: reminderDigestMail(items[0]!.name, items, `${origin}/dashboard`),
  }));
  await enqueueMail(queue, await insertMails(db, mails));
  return mails.length;
}
