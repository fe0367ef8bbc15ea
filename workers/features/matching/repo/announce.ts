/**
 * @module features/matching/repo/announce
 * The rows behind a published run's announcements: its mentorships a page at a time with both people,
 * the mails written as one bulk send, and the run marked announced at the end.
 */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { matchRuns } from "../../../db/schema";
import { insertMail, type RenderedMail } from "../../mail";

export type AnnouncedPair = {
  id: string;
  program_name: string;
  reasons: string;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  mentor_language: string | null;
  mentee_id: string;
  mentee_name: string;
  mentee_email: string;
  mentee_language: string | null;
};

/** Up to `limit` mentorships the run made, after the id `after`, in id order. */
export const announcedPairs = (db: DB, runId: string, after: string, limit: number) =>
  db.all<AnnouncedPair>(sql`
    SELECT m.id, pr.name AS program_name, m.reasons, a.id AS mentor_id, a.name AS mentor_name, a.email AS mentor_email,
      a.ui_language AS mentor_language, b.id AS mentee_id, b.name AS mentee_name, b.email AS mentee_email,
      b.ui_language AS mentee_language
    FROM mentorships m JOIN programs pr ON pr.id = m.program_id
    JOIN people a ON a.id = m.mentor_id JOIN people b ON b.id = m.mentee_id
    WHERE m.run_id = ${runId} AND m.id > ${after}
    ORDER BY m.id LIMIT ${limit}`);

/** Records the run's announcements as one bulk send, whose progress admins see (once). */
export const recordAnnouncements = (db: DB, batchId: string, runId: string) =>
  db.run(sql`INSERT INTO mail_batches (id, kind, label, program_id)
    SELECT ${batchId}, 'match', 'Match announcements for ' || p.name, p.id
    FROM match_runs r JOIN programs p ON p.id = r.program_id WHERE r.id = ${runId}
    ON CONFLICT (id) DO NOTHING`);

/** Writes the mails of the bulk send in one batch; returns the ids of those new (keys already written are skipped). */
export async function insertAnnouncements(
  db: DB,
  batchId: string,
  mails: { key: string; to: string; mail: RenderedMail }[],
) {
  const inserts = mails.map((m) =>
    insertMail(db, crypto.randomUUID(), m.key, m.to, m.mail, { batchId }).returning({ id: sql<string>`id` }),
  );
  if (!inserts.length) return [];
  const results = await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
  return results.flat().map((r) => r.id);
}

export const markAnnounced = (db: DB, runId: string, now: number) =>
  db.update(matchRuns).set({ announcedAt: now }).where(eq(matchRuns.id, runId));
