/**
 * @module features/imports/welcomes
 * After an import went live, its welcome mails (already in the outbox, keyed per person and program)
 * go on the mail queue a page at a time. Enqueuing twice is harmless: the mail consumer claims each
 * mail once; a page lost for good is caught by the clock's re-queue of mail never sent.
 */
import type { DB } from "../../platform/db";
import { enqueueMail, type MailMessage } from "../mail";
import { welcomeRowsAfter } from "./repo/steps";

/** Rows per page: ten `sendBatch` calls and one D1 query. */
export const WELCOME_PAGE = 1000;

/** Enqueues the welcomes of the rows after row `after`; returns the row to go on after, or null when done. */
export async function enqueueWelcomes(db: DB, queue: Queue<MailMessage>, importId: string, after: number) {
  const rows = await welcomeRowsAfter(db, importId, after, WELCOME_PAGE);
  await enqueueMail(
    queue,
    rows.filter((r) => r.id && r.status === "pending").map((r) => r.id!),
  );
  return rows.length === WELCOME_PAGE ? rows[rows.length - 1]!.row : null;
}
