/**
 * @module features/mail/repo/deliveries
 * The outbox's rows a queue batch at a time (features/mail/paced): claimed in one statement, then
 * settled in one statement per outcome, each over a JSON list of ids.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { OutboxRow } from "./outbox";

const list = (ids: string[]) => JSON.stringify(ids);

/** Claims those of the mails that are pending (or claimed before `staleBefore`), counting the attempt. */
export async function claimMails(db: DB, mailIds: string[], now: number, staleBefore: number) {
  const rows = (await db.all(sql`
    UPDATE outgoing_mail SET status = 'sending', claimed_at = ${now}, attempts = attempts + 1
    WHERE id IN (SELECT value FROM json_each(${list(mailIds)}))
      AND (status = 'pending' OR (status = 'sending' AND claimed_at < ${staleBefore}))
    RETURNING *`)) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as string,
    toEmail: r.to_email as string,
    subject: r.subject as string,
    text: r.text as string,
    html: r.html as string,
    category: r.category as string | null,
    attachments: r.attachments ? JSON.parse(r.attachments as string) : null,
    attempts: r.attempts as number,
    idempotencyKey: r.idempotency_key as string,
    expiresAt: r.expires_at as number | null,
  })) as OutboxRow[];
}

/** Those of the mails whose recipient opted out of their category. */
export const optedOutAmong = (db: DB, rows: Pick<OutboxRow, "id" | "toEmail" | "category">[]) =>
  db.all<{ id: string }>(sql`
    SELECT json_extract(j.value, '$.id') AS id FROM json_each(${JSON.stringify(
      rows.map((r) => ({ id: r.id, e: r.toEmail, c: r.category })),
    )}) j JOIN mail_opt_outs o ON o.email = json_extract(j.value, '$.e') AND o.category = json_extract(j.value, '$.c')`);

export const suppressMails = (db: DB, ids: string[]) =>
  db.run(sql`UPDATE outgoing_mail SET status = 'suppressed' WHERE id IN (SELECT value FROM json_each(${list(ids)}))`);

/** Puts the content a mail is sent with in place of what was first written (features/mail/paced, StillDue). */
export const rewriteMails = (db: DB, rows: Pick<OutboxRow, "id" | "subject" | "text" | "html">[]) =>
  db.run(sql`UPDATE outgoing_mail AS o SET subject = j.value ->> 'subject', text = j.value ->> 'text', html = j.value ->> 'html'
    FROM json_each(${JSON.stringify(rows.map(({ id, subject, text, html }) => ({ id, subject, text, html })))}) AS j
    WHERE o.id = j.value ->> 'id'`);

export const markMailsSent = (db: DB, ids: string[], at: number) =>
  db.run(sql`UPDATE outgoing_mail SET status = 'sent', sent_at = ${at}
    WHERE id IN (SELECT value FROM json_each(${list(ids)}))`);

/** After a failed send: failed for good once `maxAttempts` were made, else pending for the queue's retry. */
export const markMailsFailed = (db: DB, ids: string[], why: string, maxAttempts: number) =>
  db.run(sql`UPDATE outgoing_mail
    SET status = CASE WHEN attempts >= ${maxAttempts} THEN 'failed' ELSE 'pending' END, last_error = ${why}
    WHERE id IN (SELECT value FROM json_each(${list(ids)}))`);

/** Unclaims mails not tried, the attempt not counted; `claimed_at` says until when, so the clock does not hurry them. */
export const releaseMails = (db: DB, ids: string[], until: number) =>
  db.run(sql`UPDATE outgoing_mail
    SET status = 'pending', attempts = attempts - 1, claimed_at = ${until}
    WHERE status = 'sending' AND id IN (SELECT value FROM json_each(${list(ids)}))`);
