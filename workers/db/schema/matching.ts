/**
 * @module db/schema/matching
 * Matching runs, what they propose and leave unmatched, and the admin's pair rules.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { MATCH_RUN_STATUSES } from "../../domain/statuses";
import { PAIR_RULES } from "../../domain/kinds";
import { createdAt, id, ownedBy } from "./columns";
import { programRef } from "./programs";

/** The mentor and mentee a rule or a proposal is about. */
const pairOf = () => ({ mentorId: text("mentor_id").notNull(), menteeId: text("mentee_id").notNull() });

/** Pairs an admin locked (always made) or banned (never made) in a program; runs honour them. */
export const pairRules = sqliteTable(
  "pair_rules",
  {
    programId: programRef(),
    ...pairOf(),
    rule: text("rule", { enum: PAIR_RULES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.mentorId, t.menteeId] })],
);

/** One matching run: queued, solved by the queue consumer, reviewed, then published. */
export const matchRuns = sqliteTable(
  "match_runs",
  {
    id: id(),
    programId: programRef(),
    status: text("status", { enum: MATCH_RUN_STATUSES }).notNull().default("queued"),
    progress: text("progress").notNull().default(""),
    createdBy: text("created_by"),
    error: text("error"),
    matched: integer("matched").notNull().default(0),
    totalScore: integer("total_score").notNull().default(0),
    unmatchedCount: integer("unmatched_count").notNull().default(0),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
    publishedAt: integer("published_at"),
    announcedAt: integer("announced_at"),
    /** Steps stored so far; the next step's message names this number, and only one delivery claims it. */
    step: integer("step").notNull().default(0),
    /** When a delivery claimed the next step (null: nobody is working on it). */
    stepClaimedAt: integer("step_claimed_at"),
    /** When the last step was stored, so a run that stopped moving can be told from a long one. */
    steppedAt: integer("stepped_at"),
    createdAt: createdAt(),
  },
  (t) => [index("match_runs_program_created").on(t.programId, t.createdAt), index("match_runs_status").on(t.status)],
);

/**
 * Where a long run's solve stands after step `step`, in parts of at most 1 MB (a D1 row holds 2 MB),
 * to go on from in the next invocation. Only the latest step's parts are kept.
 */
export const matchRunCheckpoints = sqliteTable(
  "match_run_checkpoints",
  {
    runId: ownedBy("run_id", () => matchRuns.id),
    step: integer("step").notNull(),
    part: integer("part").notNull(),
    /** Base64: D1 hands a BLOB to JavaScript as an array of numbers, eight bytes of heap a byte. */
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.step, t.part] })],
);

/**
 * Who a run leaves without a mentor, and why: one row each, since a company-wide run can leave
 * thousands, more than one D1 row (2 MB) can hold as a list.
 */
export const matchUnmatched = sqliteTable(
  "match_unmatched",
  {
    runId: ownedBy("run_id", () => matchRuns.id),
    personId: text("person_id").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.personId] })],
);

/** The pairs a run proposes; the admin edits them until the run is published. */
export const matchProposals = sqliteTable(
  "match_proposals",
  {
    runId: ownedBy("run_id", () => matchRuns.id),
    ...pairOf(),
    score: integer("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<string[]>().notNull(),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.runId, t.menteeId] }), index("match_proposals_run_mentor").on(t.runId, t.mentorId)],
);
