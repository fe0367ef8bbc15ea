/**
 * @module domain/matching/fast-score
 * The score of `scorePair` for millions of pairs, over profiles packed once (packed.ts). It adds the
 * same terms in the same order as `scorePair`, so the two agree exactly; a property test holds them to it.
 */
import { packProfiles } from "./packed";
import type { MatchPerson, MatchSettings } from "./score";

/** Returns `score(mentorIndex, menteeIndex)`, equal to `scorePair(mentors[i], mentees[k], s, at).score`. */
export function pairScorer(mentors: MatchPerson[], mentees: MatchPerson[], s: MatchSettings, at: Date) {
  const packed = packProfiles(mentors, mentees, s, at);
  const { compose, soughtIds, soughtLevels, offered, skillCount, goalIds, expertise, stride } = packed;
  return (i: number, k: number): number => {
    const sought = soughtIds[k]!;
    const levels = soughtLevels[k]!;
    const skillBase = i * skillCount;
    let total = 0;
    for (let t = 0; t < sought.length; t++) {
      const level = offered[skillBase + sought[t]!]!;
      total += level === 0 ? 0 : level >= levels[t]! ? 1 : 0.5;
    }
    const goals = goalIds[k]!;
    const wordBase = i * stride;
    let shared = 0;
    for (let t = 0; t < goals.length; t++) {
      const id = goals[t]!;
      if (expertise[wordBase + (id >>> 5)]! & (1 << (id & 31))) shared++;
    }
    return compose(i, k, total, shared);
  };
}
