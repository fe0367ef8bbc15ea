/**
 * @module features/roulette/repo/preferences
 * Someone's roulette choices in a program, a program's roulette switch, and whether roulette runs in it.
 */
import { and, eq, sql } from "drizzle-orm";
import { programs, roulettePreferences, rouletteRounds, rouletteSettings } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import type { RouletteMix } from "../../../domain/kinds";

export const WEEK = 7 * 86_400_000;

export type RouletteProgram = {
  id: string;
  name: string;
  kind: string;
  cadenceWeeks: number | null;
  anchor: number;
  enabled: boolean;
};

/** The program with its roulette state, or undefined; `enabled` is false where roulette does not run. */
export async function rouletteProgram(db: DB, programId: string): Promise<RouletteProgram | undefined> {
  const [row] = await db
    .select({
      id: programs.id,
      name: programs.name,
      kind: programs.kind,
      cadenceWeeks: programs.cycleWeeks,
      startsOn: programs.startsOn,
      createdAt: programs.createdAt,
      enabled: rouletteSettings.enabled,
    })
    .from(programs)
    .leftJoin(rouletteSettings, eq(rouletteSettings.programId, programs.id))
    .where(eq(programs.id, programId));
  if (!row) return undefined;
  const anchor = row.startsOn ? Date.parse(`${row.startsOn}T00:00:00Z`) : row.createdAt;
  const enabled = row.enabled ?? row.kind === "roulette";
  return { id: row.id, name: row.name, kind: row.kind, cadenceWeeks: row.cadenceWeeks, anchor, enabled };
}

/** The next round not yet written: the one due now unless the clock wrote it already. */
export async function nextRound(db: DB, p: RouletteProgram, now: number) {
  const due = now < p.anchor ? 1 : Math.floor((now - p.anchor) / WEEK) + 1;
  const [written] = await db
    .select({ round: rouletteRounds.round })
    .from(rouletteRounds)
    .where(and(eq(rouletteRounds.programId, p.id), eq(rouletteRounds.round, due)));
  const round = written ? due + 1 : due;
  return { round, startsAt: p.anchor + (round - 1) * WEEK };
}

export const preferencesOf = async (db: DB, programId: string, personId: string) =>
  (
    await db
      .select()
      .from(roulettePreferences)
      .where(and(eq(roulettePreferences.programId, programId), eq(roulettePreferences.personId, personId)))
  )[0];

type Change = { cadenceWeeks?: number; skipRound?: number | null; pausedAt?: number | null };

/** Writes the given choices (and opts in, where the row did not exist); leaves the others as they were. */
export async function savePreferences(db: DB, programId: string, personId: string, change: Change) {
  const [row] = await db
    .insert(roulettePreferences)
    .values({ programId, personId, ...change })
    .onConflictDoUpdate({
      target: [roulettePreferences.programId, roulettePreferences.personId],
      set: Object.keys(change).length ? change : { programId: sql`program_id` },
    })
    .returning();
  return row!;
}

export const settingsOf = async (db: DB, programId: string) =>
  (await db.select().from(rouletteSettings).where(eq(rouletteSettings.programId, programId)))[0];

export async function saveSettings(
  db: DB,
  programId: string,
  s: { enabled: boolean; mixBy?: RouletteMix[]; cooldownWeeks?: number },
) {
  const set = {
    enabled: s.enabled,
    ...(s.mixBy && { mixBy: s.mixBy }),
    ...(s.cooldownWeeks && { cooldownWeeks: s.cooldownWeeks }),
  };
  const [row] = await db
    .insert(rouletteSettings)
    .values({ programId, mixBy: ["department"], ...set })
    .onConflictDoUpdate({ target: rouletteSettings.programId, set })
    .returning();
  return row!;
}
