/**
 * @module features/mail/repo/batches
 * A bulk send an admin started (an import's welcomes, a group's publish) is a `mail_batches` row that
 * its mails point at; its progress is counted from those mails by status, so it is never out of step
 * with what was sent ("4,200 of 10,000 welcome mails sent").
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { MailProgress } from "../schemas";

/** The statement that records a bulk send; a second one with the same id changes nothing. */
export const recordMailBatch = (
  id: string,
  b: { kind: string; label: string; programId?: string | null; createdBy?: string | null },
) => sql`INSERT INTO mail_batches (id, kind, label, program_id, created_by)
  VALUES (${id}, ${b.kind}, ${b.label}, ${b.programId ?? null}, ${b.createdBy ?? null}) ON CONFLICT (id) DO NOTHING`;

/** One statement that records several bulk sends at once (one JSON parameter); known ids change nothing. */
export const recordMailBatches = (batches: { id: string; kind: string; label: string; programId: string | null }[]) =>
  sql`INSERT INTO mail_batches (id, kind, label, program_id)
    SELECT value ->> 'id', value ->> 'kind', value ->> 'label', value ->> 'programId' FROM json_each(${JSON.stringify(batches)})
    WHERE true ON CONFLICT (id) DO NOTHING`;

type Counted = { id: string; kind: string; label: string; program_id: string | null; created_at: number };

/** Progress of the given bulk sends, or of the most recent ones, newest first. */
export async function mailProgress(db: DB, which: { ids: string[] } | { recent: number }): Promise<MailProgress[]> {
  const batches =
    "ids" in which
      ? sql`SELECT * FROM mail_batches WHERE id IN (SELECT value FROM json_each(${JSON.stringify(which.ids)}))`
      : sql`SELECT * FROM mail_batches ORDER BY created_at DESC LIMIT ${which.recent}`;
  const rows = await db.all<Counted & { status: string | null; n: number }>(sql`
    SELECT b.id, b.kind, b.label, b.program_id, b.created_at, o.status, count(o.id) AS n
    FROM (${batches}) b LEFT JOIN outgoing_mail o ON o.batch_id = b.id
    GROUP BY b.id, o.status ORDER BY b.created_at DESC`);
  const byId = new Map<string, MailProgress>();
  for (const r of rows) {
    const p = byId.get(r.id) ?? {
      id: r.id,
      kind: r.kind,
      label: r.label,
      programId: r.program_id,
      createdAt: r.created_at,
      total: 0,
      waiting: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
    };
    byId.set(r.id, p);
    if (!r.status) continue;
    p.total += r.n;
    if (r.status === "pending" || r.status === "sending") p.waiting += r.n;
    else if (r.status === "sent") p.sent += r.n;
    else if (r.status === "failed") p.failed += r.n;
    else p.skipped += r.n;
  }
  return [...byId.values()];
}
