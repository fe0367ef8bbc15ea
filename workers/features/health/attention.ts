/**
 * @module features/health/attention
 * Every pair of a program that needs attention, longest quiet first, as a spreadsheet and the API's
 * pages list them: the program's thresholds decide quiet and stalled. Bounded, like every list.
 */
import { healthOf } from "../../domain/insights/measures";
import type { DB } from "../../platform/db";
import type { z } from "@hono/zod-openapi";
import { checksOf, healthPolicyOf, pairsNeedingAttention } from "./repo";
import type { HealthQuery } from "./schemas";

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

/** A page of the pairs that need attention as the API lists them, each with the steps taken since it went quiet. */
export async function pairHealthPage(db: DB, programId: string, query: z.infer<typeof HealthQuery>, now: number) {
  const { status, page, pageSize } = query;
  const found = await pairsInNeed(db, programId, status, { page, pageSize }, now);
  const checks = await checksOf(
    db,
    found.items.map((r) => r.mentorship_id),
  );
  const items = found.items.map(({ health, ...r }) => ({
    mentorshipId: r.mentorship_id,
    mentorName: r.mentor_name,
    mentorEmail: r.mentor_email,
    menteeName: r.mentee_name,
    menteeEmail: r.mentee_email,
    status: health.status === "stalled" ? ("stalled" as const) : ("quiet" as const),
    lastMeetingAt: r.last_met,
    days: health.days,
    reason:
      r.last_met === null
        ? `No meeting logged in the ${health.days} days since the pair started`
        : `No meeting for ${health.days} days`,
    steps: checks
      .filter((k) => k.mentorshipId === r.mentorship_id && k.spell === r.since)
      .map((k) => ({ kind: k.kind, at: k.createdAt, mentorAnswer: k.mentorAnswer, menteeAnswer: k.menteeAnswer })),
  }));
  return { items, total: found.total, page, pageSize };
}
