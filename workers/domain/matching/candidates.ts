/**
 * @module domain/matching/candidates
 * Which mentors can matter to a mentee, found without scoring every pair: an inverted index from each
 * skill and goal word to the mentors (with a free seat) who offer it. A mentor sharing none of a
 * mentee's skills and goal words gets only the points of department, seniority, hours and format, at
 * most `restPoints`; so the mentee's neighbours in the index are scored exactly, and of everyone else
 * only the few whose price could make up the difference (see `violations`).
 */
import { packedScorer } from "./fast-score";
import type { PackedProfiles } from "./packed";

/** Pair rules as `pairRules` (constraints.ts) gives them. */
type Rules = { allowed: (k: number, i: number) => boolean; blockedOf: (k: number) => Int32Array };
/** Mentor j, and their exact score for the mentee. */
export type Visit = (j: number, score: number) => void;

// Float sums of the same terms in another order differ by far less than this.
const EPSILON = 1e-6;
/**
 * How far below a mentee's limit the proof scores pairs exactly, though they do not violate: a mentee
 * whose every other pair stays this far below can be skipped while prices move by less.
 */
export const MARGIN = 4;

/** Lists of mentors per term, in one array: term t's are `mentor[start[t]..start[t + 1]]`. */
function postings(terms: number, mentors: Int32Array, termsOf: (j: number, add: (t: number) => void) => void) {
  const start = new Int32Array(terms + 1);
  for (const j of mentors) termsOf(j, (t) => start[t + 1]!++);
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const at = start.slice(0, terms);
  const mentor = new Int32Array(start[terms]!);
  for (const j of mentors) termsOf(j, (t) => (mentor[at[t]!++] = j));
  return { start, mentor };
}

/** The index over the seated mentors (a mentor without a free seat is on no improving path). */
export function indexMentors(packed: PackedProfiles, capacities: number[], rules: Rules) {
  const { skillCount, offered, stride, expertise, wordCount, sought, soughtLevels, goals, compose } = packed;
  const mentors = capacities.length;
  const seated = Int32Array.from(capacities.flatMap((c, j) => (c > 0 ? [j] : [])));
  const bySkill = postings(skillCount, seated, (j, add) => {
    for (let t = 0; t < skillCount; t++) if (offered[j * skillCount + t]!) add(t);
  });
  const byWord = postings(wordCount, seated, (j, add) => {
    for (let w = 0; w < wordCount; w++) if (expertise[j * stride + (w >>> 5)]! & (1 << (w & 31))) add(w);
  });
  // One mentee's neighbours at a time: who they are and what they share with the mentee. Marks carry
  // the number of the gathering, since one mentee is gathered again in every round of the proof.
  let gathering = 0;
  const touchedBy = new Int32Array(mentors);
  const blockedFor = new Int32Array(mentors);
  const touched = new Int32Array(mentors);
  const skillTotal = new Float64Array(mentors);
  const sharedWords = new Int32Array(mentors);
  const restBound = packed.restPoints + 0.5 + EPSILON;

  /** Lists mentor j the first time gathering `mark` meets them, their counts at nothing; answers the new count. */
  function meet(j: number, mark: number, count: number) {
    if (touchedBy[j] === mark) return count;
    touchedBy[j] = mark;
    skillTotal[j] = 0;
    sharedWords[j] = 0;
    touched[count] = j;
    return count + 1;
  }

  /**
   * Gathers mentee k's neighbours into `touched` with their counts; returns how many. The loops over
   * the postings are written out rather than given callbacks: this runs for every mentee in every round,
   * and two callbacks through one helper keep V8 from inlining either.
   */
  function gather(k: number) {
    const mark = ++gathering;
    for (const j of rules.blockedOf(k)) blockedFor[j] = mark;
    let count = 0;
    for (let t = sought.start[k]!; t < sought.start[k + 1]!; t++) {
      const term = sought.ids[t]!;
      const level = soughtLevels[t]!;
      for (let p = bySkill.start[term]!; p < bySkill.start[term + 1]!; p++) {
        const j = bySkill.mentor[p]!;
        count = meet(j, mark, count);
        skillTotal[j]! += offered[j * skillCount + term]! >= level ? 1 : 0.5;
      }
    }
    for (let t = goals.start[k]!; t < goals.start[k + 1]!; t++) {
      const term = goals.ids[t]!;
      for (let p = byWord.start[term]!; p < byWord.start[term + 1]!; p++) {
        const j = byWord.mentor[p]!;
        count = meet(j, mark, count);
        sharedWords[j]!++;
      }
    }
    return count;
  }
  const allowed = (k: number, j: number) => blockedFor[j] !== gathering && rules.allowed(k, j);

  /**
   * Visits every allowed seated mentor who shares a skill or goal word with mentee k, but those whose
   * score cannot reach `floor(j)` by what they share: scoring a pair whole costs more than that bound.
   */
  function neighbours(k: number, visit: Visit, floor?: (j: number) => number) {
    const count = gather(k);
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      if (!allowed(k, j)) continue;
      if (floor && packed.wordPoints(k, skillTotal[j]!, sharedWords[j]!) + restBound < floor(j)) continue;
      visit(j, compose(j, k, skillTotal[j]!, sharedWords[j]!));
    }
  }

  /**
   * Visits every allowed seated mentor j of mentee k, other than `known(j)`, whose pair has a negative
   * reduced cost `limit - score - price[j]`; no other can have one. `order` lists the seated mentors
   * from the highest price down and `sorted` holds their prices in that order. Returns a bound on
   * `score + price[j]` over every pair not known, which lets the next round skip the mentee.
   */
  function violations(
    k: number,
    limit: number,
    price: Float64Array,
    order: Int32Array,
    sorted: Float64Array,
    known: (j: number) => boolean,
    visit: Visit,
    margin = MARGIN,
  ) {
    const count = gather(k);
    let top = -Infinity;
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      if (known(j)) continue;
      let most = packed.wordPoints(k, skillTotal[j]!, sharedWords[j]!) + restBound + price[j]!;
      if (limit - most < margin && allowed(k, j)) {
        const score = compose(j, k, skillTotal[j]!, sharedWords[j]!);
        most = score + price[j]!;
        if (limit - most < 0) visit(j, score);
      }
      if (most > top) top = most;
    }
    // Everyone else scores at most `restBound`: only mentors priced above `limit - restBound` can violate.
    let t = 0;
    for (; t < order.length && sorted[t]! > limit - restBound - margin; t++) {
      const j = order[t]!;
      if (touchedBy[j] === gathering || known(j) || !allowed(k, j)) continue;
      const score = compose(j, k, 0, 0);
      if (limit - score - price[j]! < 0) visit(j, score);
      top = Math.max(top, score + price[j]!);
    }
    return t < order.length ? Math.max(top, restBound + sorted[t]!) : top;
  }

  const scoreOf = packedScorer(packed);

  /**
   * A bound on `score + price[j]` over mentee k's allowed pairs with the first `count` mentors of
   * `mentors`, other than `known(j)`: exact for a pair that its price and the mentee's best possible
   * score `best` could bring above `limit`, and `price[j] + best` for the others.
   */
  function risenTop(
    k: number,
    mentors: Int32Array,
    count: number,
    price: Float64Array,
    best: number,
    limit: number,
    known: (j: number) => boolean,
  ) {
    const blocked = rules.blockedOf(k);
    let top = -Infinity;
    for (let t = 0; t < count; t++) {
      const j = mentors[t]!;
      let most = price[j]! + best;
      if (most > limit) {
        if (known(j) || !rules.allowed(k, j) || blocked.includes(j)) continue;
        most = scoreOf(j, k) + price[j]!;
      }
      if (most > top) top = most;
    }
    return top;
  }

  return { seated, restBound, neighbours, violations, risenTop };
}
