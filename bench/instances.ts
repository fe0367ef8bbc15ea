/**
 * Seeded benchmark instances. Every instance is a function of its seed, so each run (and each child
 * process) builds the same numbers.
 */
import { FORBIDDEN } from "../workers/domain/matching/solver";

/** mulberry32: a tiny seeded generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Scores shaped like real ones, so the optimum is not simply "everyone gets 100": each person is a
 * point in a unit square (think skills and goals), a pair scores higher the closer they are, and some
 * mentors appeal to everybody, so mentees compete for them. Half the mentees' scores are rounded to
 * multiples of 10, as coarse profiles give, which makes many ties.
 */
function scorer(mentors: number, random: () => number) {
  const mx = Float64Array.from({ length: mentors }, random);
  const my = Float64Array.from({ length: mentors }, random);
  const appeal = Float64Array.from({ length: mentors }, random);
  return (mentee: number, fill: (mentor: number, score: number) => void) => {
    const x = random();
    const y = random();
    const coarse = mentee % 2 === 0;
    for (let j = 0; j < mentors; j++) {
      const closeness = 1 - Math.hypot(x - mx[j]!, y - my[j]!) / Math.SQRT2;
      const raw = 60 * closeness + 40 * appeal[j]!;
      fill(j, coarse ? 10 * Math.round(raw / 10) : Math.round(raw));
    }
  };
}

/** An n × n score matrix, row-major (row = mentee, column = mentor), every pair allowed. */
export function denseSquare(n: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const row = scorer(n, random);
  const scores = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) row(i, (j, score) => (scores[i * n + j] = score));
  return scores;
}

/** Mentors with 1 to 3 seats each; a share of pairs is forbidden (same team, manager and report...). */
export type Capacitated = { capacities: number[]; menteeCount: number; scores: Uint8Array };

export function capacitated(mentors: number, mentees: number, forbiddenShare: number, seed: number): Capacitated {
  const random = mulberry32(seed);
  const capacities = Array.from({ length: mentors }, () => 1 + Math.floor(random() * 3));
  const row = scorer(mentors, random);
  const scores = new Uint8Array(mentees * mentors);
  for (let i = 0; i < mentees; i++) {
    row(i, (j, score) => (scores[i * mentors + j] = random() < forbiddenShare ? FORBIDDEN : score));
  }
  return { capacities, menteeCount: mentees, scores };
}

/** Every allowed pair of a row-major matrix as an edge list, the input `solveAssignment` takes. */
export function edgesOf(scores: Uint8Array, mentors: number, mentees: number) {
  const edges: { mentor: number; mentee: number; score: number }[] = [];
  for (let i = 0; i < mentees; i++) {
    for (let j = 0; j < mentors; j++) {
      const score = scores[i * mentors + j]!;
      if (score !== FORBIDDEN) edges.push({ mentor: j, mentee: i, score });
    }
  }
  return edges;
}
