/**
 * @module db/schema
 * Tandem's durable data, in drizzle, one file a feature. Times are UTC instants in epoch milliseconds
 * (ARCHITECTURE.md, invariant 6); program dates are calendar days (`YYYY-MM-DD`). Ids are random UUIDs.
 * The closed lists the columns take live in workers/domain (roles, statuses, kinds).
 */
export * from "./people";
export * from "./programs";
export * from "./auth";
export * from "./mail";
export * from "./matching";
export * from "./mentorships";
export * from "./requests";
export * from "./events";
export * from "./rotations";
export * from "./groups";
export * from "./surveys";
export * from "./meetings";
export * from "./goals";
export * from "./reminders";
export * from "./imports";
export * from "./health";
export * from "./outcomes";
export * from "./organisation";
export * from "./training";
export * from "./recognition";
export * from "./journeys";
export * from "./library";
export * from "./sso";
export * from "./roulette";
export * from "./chat";
export * from "./audit";
export * from "./privacy";
