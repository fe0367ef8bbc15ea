/**
 * @module features/imports/welcomes
 * After an import went live, its welcome mails (already in the outbox, keyed per person and program)
 * go on the mail queue a page at a time. Enqueuing twice is harmless: the mail consumer claims each
 * mail once; a page lost for good is caught by the clock's re-queue of mail never sent.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { enqueueMail, type MailMessage } from "../mail";

/** Rows per page: ten `sendBatch` calls and one D1 query. */
export const WELCOME_PAGE = 1000;

/** Enqueues the welcomes of the rows after row `after`; returns the row to go on after, or null when done. */
export async function enqueueWelcomes(db: DB, queue: Queue<MailMessage>, importId: string, after: number) {
  const rows = await db.all<{ row: number; id: string | null; status: string | null }>(sql`
    SELECT r.row, o.id, o.status FROM import_rows r JOIN imports i ON i.id = r.import_id
    LEFT JOIN outgoing_mail o ON o.idempotency_key = 'welcome:' || i.program_id || ':' || r.email
    WHERE r.import_id = ${importId} AND i.status = 'done' AND i.welcome = 1 AND r.row > ${after}
    ORDER BY r.row LIMIT ${WELCOME_PAGE}`);
  await enqueueMail(
    queue,
    rows.filter((r) => r.id && r.status === "pending").map((r) => r.id!),
  );
  return rows.length === WELCOME_PAGE ? rows[rows.length - 1]!.row : null;
}
