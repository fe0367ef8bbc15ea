/**
 * @module features/matching/announce
 * Telling both people of every mentorship a published run made, a page at a time. Each mail has the
 * key `match:<mentorship>:<person>`, so a redelivered page sends nothing twice.
 */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { matchRuns } from "../../db/schema";
import { enqueueMail, insertMail, type MailMessage } from "../mail";
import { matchedMail } from "./mail";
import { explain } from "../../domain/matching/score";

export const ANNOUNCE_PAGE = 50;

type Row = {
  id: string;
  program_name: string;
  reasons: string;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  mentee_id: string;
  mentee_name: string;
  mentee_email: string;
};

/** Sends one page of a run's announcements; returns the id to continue after, or null when done. */
export async function announcePage(db: DB, mail: Queue<MailMessage>, runId: string, after: string, appUrl: string) {
  const batchId = `match:${runId}`;
  const rows = await db.all<Row>(sql`
    SELECT m.id, pr.name AS program_name, m.reasons, a.id AS mentor_id, a.name AS mentor_name, a.email AS mentor_email,
      b.id AS mentee_id, b.name AS mentee_name, b.email AS mentee_email
    FROM mentorships m JOIN programs pr ON pr.id = m.program_id
    JOIN people a ON a.id = m.mentor_id JOIN people b ON b.id = m.mentee_id
    WHERE m.run_id = ${runId} AND m.id > ${after}
    ORDER BY m.id LIMIT ${ANNOUNCE_PAGE}`);
  const inserts = rows.flatMap((r) => {
    const why = explain(JSON.parse(r.reasons));
    const mentor = { name: r.mentor_name, email: r.mentor_email };
    const mentee = { name: r.mentee_name, email: r.mentee_email };
    return [
      [r.mentor_id, r.mentor_email, matchedMail(r.mentor_name, mentee, "mentor", r.program_name, why, appUrl)],
      [r.mentee_id, r.mentee_email, matchedMail(r.mentee_name, mentor, "mentee", r.program_name, why, appUrl)],
    ].map(([personId, to, rendered]) => {
      const id = crypto.randomUUID();
      const key = `match:${r.id}:${personId as string}`;
      return insertMail(db, id, key, to as string, rendered as never, { batchId }).returning({ id: sql<string>`id` });
    });
  });
  if (inserts.length) {
    // The first page records the run's announcements as one bulk send, whose progress admins see.
    if (!after) {
      await db.run(sql`INSERT INTO mail_batches (id, kind, label, program_id)
        SELECT ${batchId}, 'match', 'Match announcements for ' || p.name, p.id
        FROM match_runs r JOIN programs p ON p.id = r.program_id WHERE r.id = ${runId}
        ON CONFLICT (id) DO NOTHING`);
    }
    const results = (await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts])) as { id: string }[][];
    await enqueueMail(
      mail,
      results.flat().map((r) => r.id),
    );
  }
  if (rows.length === ANNOUNCE_PAGE) return rows[rows.length - 1]!.id;
  await db.update(matchRuns).set({ announcedAt: Date.now() }).where(eq(matchRuns.id, runId));
  return null;
}
