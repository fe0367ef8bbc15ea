/**
 * @module features/roulette/repo/pairs
 * A program's rounds as its managers see them, one pair as its people see it, and their "we met".
 */
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { people, programs, rouletteMembers, roulettePairs, rouletteRounds } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { inJson } from "../../../platform/statements";

/** Null until someone answers; true once anyone says they met; false when those who answered did not. */
const pairMet = (answers: (boolean | null)[]) =>
  answers.some((a) => a === true) ? true : answers.some((a) => a === false) ? false : null;

/** `limit` rounds before `before` (newest first), each with its pairs: two statements whatever the size. */
export async function roundsOf(db: DB, programId: string, { limit, before }: { limit: number; before?: number }) {
  const rounds = await db
    .select({ round: rouletteRounds.round, startsAt: rouletteRounds.startsAt })
    .from(rouletteRounds)
    .where(and(eq(rouletteRounds.programId, programId), before ? lt(rouletteRounds.round, before) : undefined))
    .orderBy(desc(rouletteRounds.round))
    .limit(limit);
  if (!rounds.length) return [];
  const members = await db
    .select({
      round: rouletteMembers.round,
      pairId: rouletteMembers.pairId,
      personId: rouletteMembers.personId,
      met: rouletteMembers.met,
    })
    .from(rouletteMembers)
    .where(
      and(
        eq(rouletteMembers.programId, programId),
        inJson(
          rouletteMembers.round,
          rounds.map((r) => r.round),
        ),
      ),
    )
    .orderBy(rouletteMembers.pairId, rouletteMembers.personId);
  const pairs = new Map<string, { round: number; personIds: string[]; answers: (boolean | null)[] }>();
  for (const m of members) {
    const pair = pairs.get(m.pairId) ?? { round: m.round, personIds: [], answers: [] };
    pair.personIds.push(m.personId);
    pair.answers.push(m.met);
    pairs.set(m.pairId, pair);
  }
  return rounds.map((r) => ({
    ...r,
    pairs: [...pairs]
      .filter(([, p]) => p.round === r.round)
      .map(([id, p]) => ({ id, personIds: p.personIds, met: pairMet(p.answers) })),
  }));
}

/** A pair with its program, round and people, or undefined. */
export async function pairById(db: DB, pairId: string) {
  const rows = await db
    .select({
      programId: roulettePairs.programId,
      programName: programs.name,
      round: roulettePairs.round,
      startsAt: rouletteRounds.startsAt,
      personId: rouletteMembers.personId,
      name: people.name,
      title: people.title,
      department: people.department,
      met: rouletteMembers.met,
      rating: rouletteMembers.rating,
    })
    .from(roulettePairs)
    .innerJoin(programs, eq(programs.id, roulettePairs.programId))
    .innerJoin(
      rouletteRounds,
      and(eq(rouletteRounds.programId, roulettePairs.programId), eq(rouletteRounds.round, roulettePairs.round)),
    )
    .innerJoin(rouletteMembers, eq(rouletteMembers.pairId, roulettePairs.id))
    .innerJoin(people, eq(people.id, rouletteMembers.personId))
    .where(eq(roulettePairs.id, pairId));
  if (!rows.length) return undefined;
  const { programId, programName, round, startsAt } = rows[0]!;
  return { id: pairId, programId, programName, round, startsAt, members: rows };
}
export type Pair = NonNullable<Awaited<ReturnType<typeof pairById>>>;

/** The pair as one of its people sees it. */
export const pairFor = (pair: Pair, personId: string) => {
  const mine = pair.members.find((m) => m.personId === personId)!;
  return {
    id: pair.id,
    programId: pair.programId,
    programName: pair.programName,
    round: pair.round,
    startsAt: pair.startsAt,
    partners: pair.members
      .filter((m) => m.personId !== personId)
      .map(({ name, title, department }) => ({ name, title, department })),
    met: pairMet(pair.members.map((m) => m.met)),
    mine: { met: mine.met, rating: mine.rating },
  };
};

/** Records a person's answer; a rating left out keeps the one given before. Repeating it changes nothing. */
export const answerMet = (
  db: DB,
  pairId: string,
  personId: string,
  met: boolean,
  rating: number | undefined,
  now: number,
) =>
  db
    .update(rouletteMembers)
    .set({
      met,
      answeredAt: now,
      ...(rating !== undefined && { rating: met ? rating : null }),
      ...(!met && { rating: null }),
    })
    .where(and(eq(rouletteMembers.pairId, pairId), eq(rouletteMembers.personId, personId)));

/** Each of the last `limit` rounds in numbers: people, pairs, answers, pairs met, ratings and their mean. */
export const roundFigures = (db: DB, programId: string, limit: number) =>
  db.all<{
    round: number;
    starts_at: number;
    people: number;
    pairs: number;
    answered: number;
    pairs_met: number;
    ratings: number;
    average_rating: number | null;
  }>(sql`
    SELECT m.round, r.starts_at, count(*) AS people, count(DISTINCT m.pair_id) AS pairs,
      count(m.met) AS answered, count(DISTINCT CASE WHEN m.met = 1 THEN m.pair_id END) AS pairs_met,
      count(m.rating) AS ratings, avg(m.rating) AS average_rating
    FROM roulette_members m JOIN roulette_rounds r ON r.program_id = m.program_id AND r.round = m.round
    WHERE m.program_id = ${programId}
    GROUP BY m.round ORDER BY m.round DESC LIMIT ${limit}`);
