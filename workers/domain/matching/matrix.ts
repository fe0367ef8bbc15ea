/**
 * @module domain/matching/matrix
 * The exact assignment over a score matrix held in memory (one byte a pair): the dense method for a
 * small, mostly allowed problem, pruning with a streamed proof for the rest.
 */
import { DENSE_MAX_SIDE, solveDense } from "./dense";
import { solveRows, type PrunedAssignment } from "./pruned";
import { FORBIDDEN } from "./solver";

/** Scores of every mentee (row) against every mentor (column); `FORBIDDEN` marks a pair that may not be made. */
export type ScoreMatrix = { capacities: number[]; menteeCount: number; scores: Uint8Array };

/**
 * Solves a score matrix exactly. The dense method was measured faster than pruning up to 3,000 a side
 * (it stops at 2,000, for memory) and faster than munkres on every bench row; `rounds` is 0 when used.
 */
export function solveMatrix(m: ScoreMatrix, k = 20): PrunedAssignment {
  const mentors = m.capacities.length;
  if (denseFits(m)) {
    const pairs = solveDense({ ...m, forbidden: FORBIDDEN });
    return { pairs, matched: pairs.length, totalScore: pairs.reduce((s, p) => s + p.score, 0), rounds: 0, added: 0 };
  }
  const row = (i: number) => m.scores.subarray(i * mentors, (i + 1) * mentors);
  const pair = (i: number, j: number) => m.scores[i * mentors + j]!;
  return solveRows({ ...m, row, pair }, { perMentee: k, perSeat: 6 });
}

/** Small enough for the square matrix, and dense: with most pairs forbidden, its paths grow long. */
function denseFits(m: ScoreMatrix) {
  const seats = m.capacities.reduce((sum, c) => sum + Math.max(0, c), 0);
  if (Math.max(seats, m.menteeCount) > DENSE_MAX_SIDE) return false;
  let allowed = 0;
  for (let k = 0; k < m.scores.length; k++) if (m.scores[k] !== FORBIDDEN) allowed++;
  return allowed * 2 >= m.scores.length;
}
