/**
 * @module domain/matching/fast-score
 * The score of `scorePair` for millions of pairs, over profiles packed once (packed.ts). It adds the
 * same terms in the same order as `scorePair`, so the two agree exactly; a property test holds them to it.
 */
import { packProfiles, type PackedProfiles } from "./packed";
import type { MatchPerson, MatchSettings } from "./score";

/** Returns `score(mentorIndex, menteeIndex)`, equal to `scorePair(mentors[i], mentees[k], s, at).score`. */
export function pairScorer(mentors: MatchPerson[], mentees: MatchPerson[], s: MatchSettings, at: Date) {
  return packedScorer(packProfiles(mentors, mentees, s, at));
}

/** `pairScorer` over profiles already packed. */
export function packedScorer(packed: PackedProfiles) {
  const { compose, sought, soughtLevels, offered, skillCount, goals, expertise, stride } = packed;
  return (i: number, k: number): number => {
    const skillBase = i * skillCount;
    let total = 0;
    for (let t = sought.start[k]!; t < sought.start[k + 1]!; t++) {
      const level = offered[skillBase + sought.ids[t]!]!;
      total += level === 0 ? 0 : level >= soughtLevels[t]! ? 1 : 0.5;
    }
    const wordBase = i * stride;
    let shared = 0;
    for (let t = goals.start[k]!; t < goals.start[k + 1]!; t++) {
      const id = goals.ids[t]!;
      if (expertise[wordBase + (id >>> 5)]! & (1 << (id & 31))) shared++;
    }
    return compose(i, k, total, shared);
  };
}
