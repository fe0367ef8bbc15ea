/**
 * @module features/mail/repo/status
 * The outbox as admins see it: mail that failed for good, counts by lane, kind and status, and a failed
 * mail put back to pending (under its key, so it still goes out once).
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { outgoingMail } from "../../../db/schema";
import type { LaneCounts as Counts } from "../schemas";

const COUNTED = ["sending", "sent", "failed", "expired", "suppressed"] as const;

/** The newest 200 mails that failed for good. */
export const failedMails = (db: DB) =>
  db
    .select()
    .from(outgoingMail)
    .where(eq(outgoingMail.status, "failed"))
    .orderBy(desc(outgoingMail.createdAt))
    .limit(200);

/** Mail created after `since`, and all mail still waiting however old, counted by lane, kind and status. */
export async function laneCounts(db: DB, since: number) {
  const rows = await db.all<{ lane: Counts["lane"]; kind: string; status: string; n: number; oldest: number }>(sql`
    SELECT lane, CASE WHEN instr(idempotency_key, ':') > 0
        THEN substr(idempotency_key, 1, instr(idempotency_key, ':') - 1) ELSE idempotency_key END AS kind,
      status, count(*) AS n, min(created_at) AS oldest
    FROM outgoing_mail WHERE created_at > ${since} OR status IN ('pending', 'sending')
    GROUP BY lane, kind, status ORDER BY lane DESC, kind`);
  const lanes = new Map<string, Counts>();
  for (const r of rows) {
    const key = `${r.lane}:${r.kind}`;
    const counts = lanes.get(key) ?? {
      ...{ lane: r.lane, kind: r.kind, waiting: 0, sending: 0, sent: 0, failed: 0, expired: 0, suppressed: 0 },
      oldestWaitingAt: null,
    };
    lanes.set(key, counts);
    if (r.status === "pending") {
      counts.waiting += r.n;
      counts.oldestWaitingAt = r.oldest;
    } else if ((COUNTED as readonly string[]).includes(r.status)) counts[r.status as (typeof COUNTED)[number]] += r.n;
  }
  return [...lanes.values()];
}

/** A failed mail back to pending with its attempts reset; none when it is not (or no longer) failed. */
export const retryFailed = (db: DB, id: string) =>
  db
    .update(outgoingMail)
    .set({ status: "pending", attempts: 0 })
    .where(and(eq(outgoingMail.id, id), eq(outgoingMail.status, "failed")))
    .returning({ id: outgoingMail.id, lane: outgoingMail.lane });
