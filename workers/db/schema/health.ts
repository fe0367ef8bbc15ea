/**
 * @module db/schema/health
 * What was done about a pair that stopped meeting: a nudge, a "still going?" question (with each
 * person's answer) or an automatic end, once per pair and quiet spell. A spell is named by the instant
 * it started from (the pair's last meeting held, or its start), so a new meeting starts a new one.
 */
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PAIR_CHECK_ANSWERS, PAIR_CHECK_KINDS } from "../../domain/kinds";
import { createdAt, id, ownedBy } from "./columns";
import { mentorships } from "./mentorships";

export const pairChecks = sqliteTable(
  "pair_checks",
  {
    id: id(),
    mentorshipId: ownedBy("mentorship_id", () => mentorships.id),
    kind: text("kind", { enum: PAIR_CHECK_KINDS }).notNull(),
    /** The start of the quiet spell: the last meeting held, or the pair's start. */
    spell: integer("spell").notNull(),
    /** Who asked (a manager), or null for the clock. */
    byId: text("by_id"),
    mentorAnswer: text("mentor_answer", { enum: PAIR_CHECK_ANSWERS }),
    menteeAnswer: text("mentee_answer", { enum: PAIR_CHECK_ANSWERS }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("pair_checks_once").on(t.mentorshipId, t.spell, t.kind)],
);
