/**
 * The person's mentor requests (`GET /api/me/requests`): the ones they sent as a mentee, in chains of
 * ranked choices, and the ones waiting for their answer as a mentor; and how each status is said.
 */
import { api, ok } from "../../lib/api";

export const loadMyRequests = () => ok(api.me.requests.$get());
export type MyRequests = Awaited<ReturnType<typeof loadMyRequests>>;
export type SentRequest = MyRequests["sent"][number];
export type ReceivedRequest = MyRequests["received"][number];

export const REQUEST_STATUS_TEXT: Record<SentRequest["status"], string> = {
  waiting: "Waiting its turn",
  pending: "Waiting for an answer",
  accepted: "Accepted",
  declined: "Declined",
  lapsed: "No answer in time",
  cancelled: "Withdrawn",
};

/** The newest chain in a program (the requests sent together, sharing `chainStartedAt`), in rank order. */
export function latestChain(sent: SentRequest[], programId: string): SentRequest[] {
  const mine = sent.filter((r) => r.programId === programId);
  if (mine.length === 0) return [];
  const started = Math.max(...mine.map((r) => r.chainStartedAt));
  return mine.filter((r) => r.chainStartedAt === started).sort((a, b) => a.rank - b.rank);
}

export const isOpen = (chain: SentRequest[]) => chain.some((r) => r.status === "waiting" || r.status === "pending");
