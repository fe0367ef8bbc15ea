/** @module features/dev/repo — what the development pages read (the outbox as a mailbox) and the demo seed writes. */
import { desc, eq } from "drizzle-orm";
import { outgoingMail, people } from "../../db/schema";
import type { DB } from "../../platform/db";
import { insertChunks } from "../../platform/statements";

/** The newest mails of the outbox, whatever their state. */
export const newestMail = (db: DB, limit: number) =>
  db.select().from(outgoingMail).orderBy(desc(outgoingMail.createdAt), desc(outgoingMail.id)).limit(limit);

/** The files a mail carries; undefined for no such mail. */
export async function mailAttachments(db: DB, id: string) {
  const [row] = await db
    .select({ attachments: outgoingMail.attachments })
    .from(outgoingMail)
    .where(eq(outgoingMail.id, id));
  return row?.attachments;
}

/** Adds the people whose email is not taken yet; those already there stay as they are. */
export async function addMissingPeople(db: DB, rows: (typeof people.$inferInsert)[]) {
  for (const chunk of insertChunks(people, rows)) {
    await db.insert(people).values(chunk).onConflictDoNothing({ target: people.email });
  }
}
