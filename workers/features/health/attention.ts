/**
 * @module features/health/attention
 * Every pair of a program that needs attention, longest quiet first, as a spreadsheet lists them: the
 * program's thresholds decide quiet and stalled. Bounded, like every list.
 */
import { healthOf } from "../../domain/insights/measures";
import type { DB } from "../../platform/db";
import { healthPolicyOf, pairsNeedingAttention } from "./repo";

const MOST = 5_000;

/**
 * A page of the pairs that need attention, in one status or (without one) both, each with its health
 * by the program's thresholds: quiet from `quietDays` up to `stalledDays`, stalled from then on.
 */
export async function pairsInNeed(
  db: DB,
  programId: string,
  status: "quiet" | "stalled" | undefined,
  page: { page: number; pageSize: number },
  now: number,
) {
  const policy = await healthPolicyOf(db, programId);
  const days =
    status === "quiet"
      ? { minDays: policy.quietDays, maxDays: policy.stalledDays }
      : { minDays: status === "stalled" ? policy.stalledDays : policy.quietDays, maxDays: null };
  const found = await pairsNeedingAttention(db, programId, days, page, now);
  return { total: found.total, items: found.items.map((r) => ({ ...r, health: healthOf(r.since, now, policy) })) };
}

/** Every pair that needs attention, as the insights' CSV lists them. */
export async function attentionRows(db: DB, programId: string, now: number) {
  const found = await pairsInNeed(db, programId, undefined, { page: 1, pageSize: MOST }, now);
  return found.items.map(({ health, ...r }) => ({
    mentor: r.mentor_name,
    mentee: r.mentee_name,
    status: health.status,
    days: health.days,
    lastMet: r.last_met === null ? "" : new Date(r.last_met).toISOString().slice(0, 10),
    reason: r.last_met === null ? "No meeting logged since the pair started" : `No meeting for ${health.days} days`,
  }));
}
