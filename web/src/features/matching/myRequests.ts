/**
 * The person's mentor requests (`GET /api/me/requests`): the ones they sent as a mentee, in chains of
 * ranked choices, and a page of the ones waiting for their answer as a mentor with how many wait in
 * each program.
 */
import { api, ok } from "../../lib/api";

/** The requests sent, and a page of those waiting for an answer after `cursor` (the first without). */
export const loadMyRequests = (cursor?: string) => ok(api.me.requests.$get({ query: cursor ? { cursor } : {} }));
export type MyRequests = Awaited<ReturnType<typeof loadMyRequests>>;
export type SentRequest = MyRequests["sent"][number];
export type ReceivedRequest = MyRequests["received"][number];

/** The newest chain in a program (the requests sent together, sharing `chainStartedAt`), in rank order. */
export function latestChain(sent: SentRequest[], programId: string): SentRequest[] {
  const mine = sent.filter((r) => r.programId === programId);
  if (mine.length === 0) return [];
  const started = Math.max(...mine.map((r) => r.chainStartedAt));
  return mine.filter((r) => r.chainStartedAt === started).sort((a, b) => a.rank - b.rank);
}

export const isOpen = (chain: SentRequest[]) => chain.some((r) => r.status === "waiting" || r.status === "pending");

/** How many requests wait for the mentor's answer in a program, on whichever page. */
export const waitingIn = (requests: MyRequests, programId: string) =>
  requests.waiting.find((w) => w.programId === programId)?.count ?? 0;
