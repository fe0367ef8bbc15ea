/**
 * @module domain/matching/rises
 * How far mentors' prices rose between two rounds of the streamed proof (streamed.ts): the few that
 * rose past a mentee's room are the only pairs of theirs the next round has to score again.
 */
import type { SolveState } from "./streamed";

/** The most mentors whose price rose beyond a mentee's room that the proof checks pair by pair. */
export const RISEN = 1024;

/** The seated mentors by how much their price rose since the last round, most first. */
export function byRise(s: Pick<SolveState, "order" | "mentorPrice" | "lastPrice">) {
  const riseOf = (j: number) => s.mentorPrice[j]! - s.lastPrice[j]!;
  const mentor = Int32Array.from(s.order).sort((a, b) => riseOf(b) - riseOf(a));
  return { mentor, rise: Float64Array.from(mentor, riseOf) };
}
