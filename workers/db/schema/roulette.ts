/**
 * @module db/schema/roulette
 * Roulette: weekly rounds that pair everyone who is in with someone new. A program of kind `roulette`
 * runs them; any other program runs them once its managers switch them on (`roulette_settings`).
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { RouletteMix } from "../../domain/kinds";
import { createdAt, jsonList, ownedBy } from "./columns";
import { programRef } from "./programs";
import { personRef } from "./people";

/** The round of a program's roulette a row belongs to. */
const roundOf = () => ({ programId: programRef(), round: integer("round").notNull() });

/** A program's roulette: on or off (a roulette program's is on without a row), whom it mixes, how long a pair rests. */
export const rouletteSettings = sqliteTable("roulette_settings", {
  programId: programRef().primaryKey(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  mixBy: jsonList<RouletteMix>("mix_by"),
  /** Weeks before two people may be paired again (when nobody new is left, sooner). */
  cooldownWeeks: integer("cooldown_weeks").notNull().default(26),
  createdAt: createdAt(),
});

/** Someone's choices in a program's roulette: how often, the one round to skip, a pause. */
export const roulettePreferences = sqliteTable(
  "roulette_preferences",
  {
    programId: programRef(),
    personId: personRef(),
    /** Null: the program's cadence. */
    cadenceWeeks: integer("cadence_weeks"),
    skipRound: integer("skip_round"),
    pausedAt: integer("paused_at"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] })],
);

/** A round: written once (its pairs with it), then started once (its introductions sent, a chunk a tick). */
export const rouletteRounds = sqliteTable(
  "roulette_rounds",
  {
    ...roundOf(),
    startsAt: integer("starts_at").notNull(),
    startedAt: integer("started_at"),
    /** Introductions go out a chunk of pairs per tick, in id order: the last pair introduced so far. */
    introducedThrough: text("introduced_through"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.round] }), index("roulette_rounds_due").on(t.startedAt)],
);

/** A pair (or trio) of a round. */
export const roulettePairs = sqliteTable(
  "roulette_pairs",
  {
    id: text("id").primaryKey(),
    ...roundOf(),
  },
  (t) => [index("roulette_pairs_round").on(t.programId, t.round)],
);

/** Each person of a pair, with their "we met" and rating; one pair per person per round. */
export const rouletteMembers = sqliteTable(
  "roulette_members",
  {
    pairId: ownedBy("pair_id", () => roulettePairs.id),
    ...roundOf(),
    personId: personRef(),
    met: integer("met", { mode: "boolean" }),
    rating: integer("rating"),
    answeredAt: integer("answered_at"),
  },
  (t) => [
    primaryKey({ columns: [t.pairId, t.personId] }),
    uniqueIndex("roulette_members_round_person").on(t.programId, t.round, t.personId),
    index("roulette_members_person").on(t.personId),
  ],
);
