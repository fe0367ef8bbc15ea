/**
 * @module features/health/attention
 * Every pair of a program that needs attention, longest quiet first, as a spreadsheet lists them: the
 * program's thresholds decide quiet and stalled. Bounded, like every list.
 */
import { healthOf } from "../../domain/insights/measures";
import type { DB } from "../../platform/db";
import { healthPolicyOf, pairsNeedingAttention } from "./repo";

const MOST = 5_000;

export async function attentionRows(db: DB, programId: string, now: number) {
  const policy = await healthPolicyOf(db, programId);
  const found = await pairsNeedingAttention(
    db,
    programId,
    { minDays: policy.quietDays, maxDays: null },
    { page: 1, pageSize: MOST },
    now,
  );
  return found.items.map((r) => {
    const health = healthOf(r.since, now, policy);
    return {
      mentor: r.mentor_name,
      mentee: r.mentee_name,
      status: health.status,
      days: health.days,
      lastMet: r.last_met === null ? "" : new Date(r.last_met).toISOString().slice(0, 10),
      reason: r.last_met === null ? "No meeting logged since the pair started" : `No meeting for ${health.days} days`,
    };
  });
}
