/** What the organiser's home and a program's insights page load, under the program's keys. */
import { api, ok } from "../../lib/api";

export const HOME_PAGE_SIZE = 10;
export const HEALTH_PAGE_SIZE = 10;

export const loadOverview = (page: number) =>
  ok(api.insights.$get({ query: { page: String(page), pageSize: String(HOME_PAGE_SIZE) } }));
export type Overview = Awaited<ReturnType<typeof loadOverview>>["items"][number];

export type Range = { from?: string; to?: string; cohort?: string };
export const loadInsights = (id: string, range: Range) =>
  ok(api.programs[":id"].insights.$get({ param: { id }, query: range }));
export type Insights = Awaited<ReturnType<typeof loadInsights>>;

export type HealthFilter = "" | "quiet" | "stalled";
export const loadHealth = (id: string, status: HealthFilter, page: number) =>
  ok(
    api.programs[":id"].health.$get({
      param: { id },
      query: { page: String(page), pageSize: String(HEALTH_PAGE_SIZE), ...(status ? { status } : {}) },
    }),
  );

export const loadPolicy = (id: string) => ok(api.programs[":id"]["health-policy"].$get({ param: { id } }));
export type Policy = Awaited<ReturnType<typeof loadPolicy>>;
export const savePolicy = (id: string, json: Policy) =>
  ok(api.programs[":id"]["health-policy"].$put({ param: { id }, json }));

export type PairNeedingAttention = Awaited<ReturnType<typeof loadHealth>>["items"][number];
/** A step for a quiet pair: mails both, once per quiet spell. */
export const nudgePair = (id: string) => ok(api.mentorships[":id"].nudge.$post({ param: { id } }));
export const askPair = (id: string) => ok(api.mentorships[":id"]["health-check"].$post({ param: { id } }));
