/**
 * @module features/mail/repo/bulk
 * Thousands of mails into the outbox in few statements: each statement inserts a chunk from one JSON
 * parameter (`json_each`), and chunks go to D1 in batches. A key already in the outbox is skipped,
 * so a repeated call inserts nothing twice; the ids of what was inserted come back for the queue.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { MailLane } from "../../../domain/kinds";
import { batchStatements } from "../../../platform/statements";
import { expiryOf, laneOf } from "../lanes";
import type { RenderedMail } from "../templates";

/** A mail for the outbox; `batchId` names the bulk send it belongs to, when that differs per mail. */
export type BulkMail = { key: string; to: string; mail: RenderedMail; batchId?: string };

/** Rows a statement carries: about 2 KB each, well under D1's limits for one bound value. */
export const MAILS_PER_STATEMENT = 100;
const STATEMENTS_PER_BATCH = 10;

/** Inserts the mails (bulk ones: see insertMailRows), returning the ids of those new to the outbox. */
export async function insertMails(db: DB, mails: BulkMail[], batchId: string | null = null): Promise<string[]> {
  return (await insertMailRows(db, mails, batchId)).map((r) => r.id);
}

/** Inserts the mails in the lanes their kinds say, each pointing at its bulk send (`batchId` by default). */
export async function insertMailRows(db: DB, mails: BulkMail[], batchId: string | null = null) {
  const statements = [];
  const now = Date.now();
  for (let i = 0; i < mails.length; i += MAILS_PER_STATEMENT) {
    const rows = mails.slice(i, i + MAILS_PER_STATEMENT).map((m) => ({
      id: crypto.randomUUID(),
      key: m.key,
      to: m.to,
      subject: m.mail.subject,
      text: m.mail.text,
      html: m.mail.html,
      category: m.mail.category ?? null,
      attachments: m.mail.attachments ?? null,
      lane: laneOf(m.key),
      expires: expiryOf(m.key, now),
      batch: m.batchId ?? batchId,
      language: m.mail.language ?? null,
    }));
    statements.push(sql`
      INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html, category, attachments, lane,
        expires_at, batch_id, language)
      SELECT json_extract(value, '$.id'), json_extract(value, '$.key'), json_extract(value, '$.to'),
        json_extract(value, '$.subject'), json_extract(value, '$.text'), json_extract(value, '$.html'),
        json_extract(value, '$.category'), json_extract(value, '$.attachments'), json_extract(value, '$.lane'),
        json_extract(value, '$.expires'), json_extract(value, '$.batch'), json_extract(value, '$.language')
      FROM json_each(${JSON.stringify(rows)}) WHERE true
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING id, lane`);
  }
  const rows: { id: string; lane: MailLane }[] = [];
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    const results = await batchStatements(db, statements.slice(i, i + STATEMENTS_PER_BATCH));
    for (const r of results) rows.push(...(r.results as { id: string; lane: MailLane }[]));
  }
  return rows;
}
