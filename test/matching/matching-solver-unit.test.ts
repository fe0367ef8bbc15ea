import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { munkres } from "munkres";
import { lapjv, solveDense } from "../../workers/domain/matching/dense";
import { solveMatrix } from "../../workers/domain/matching/matrix";
import { solvePruned } from "../../workers/domain/matching/pruned";
import { FORBIDDEN, solveAssignment, type AssignmentProblem } from "../../workers/domain/matching/solver";

/** Every feasible assignment, tried one mentee at a time: the reference for small problems. */
function bruteForce(p: AssignmentProblem) {
  const byMentee = Array.from({ length: p.menteeCount }, (_, i) => p.edges.filter((e) => e.mentee === i));
  const left = [...p.capacities];
  let best = { matched: 0, totalScore: 0 };
  const walk = (i: number, matched: number, total: number) => {
    if (i === p.menteeCount) {
      if (matched > best.matched || (matched === best.matched && total > best.totalScore))
        best = { matched, totalScore: total };
      return;
    }
    walk(i + 1, matched, total);
    for (const e of byMentee[i]!) {
      if (left[e.mentor]! > 0) {
        left[e.mentor]!--;
        walk(i + 1, matched + 1, total + e.score);
        left[e.mentor]!++;
      }
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Small problems with many ties (scores from a short list), forbidden pairs and uneven capacities. */
const problem: fc.Arbitrary<AssignmentProblem> = fc
  .record({ mentors: fc.integer({ min: 1, max: 4 }), mentees: fc.integer({ min: 1, max: 7 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeCount: fc.constant(mentees),
      edges: fc
        .array(fc.option(fc.constantFrom(0, 10, 50, 50, 70, 100), { nil: null }), {
          minLength: mentors * mentees,
          maxLength: mentors * mentees,
        })
        .map((scores) =>
          scores.flatMap((score, k) =>
            score === null ? [] : [{ mentor: k % mentors, mentee: Math.floor(k / mentors), score }],
          ),
        ),
    }),
  );

describe("the exact assignment", () => {
  it("matches brute force: the most mentees, then the highest total score", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const result = solveAssignment(p);
        expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(bruteForce(p));
      }),
      { numRuns: 400 },
    );
  });

  it("returns a feasible assignment: allowed pairs, capacities held, each mentee once", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { pairs } = solveAssignment(p);
        const allowed = new Set(p.edges.map((e) => `${e.mentor}:${e.mentee}:${e.score}`));
        for (const pair of pairs) expect(allowed.has(`${pair.mentor}:${pair.mentee}:${pair.score}`)).toBe(true);
        expect(new Set(pairs.map((x) => x.mentee)).size).toBe(pairs.length);
        p.capacities.forEach((c, j) => expect(pairs.filter((x) => x.mentor === j).length).toBeLessThanOrEqual(c));
      }),
      { numRuns: 200 },
    );
  });

  it("prefers two good pairs to one perfect pair where greedy would take the perfect one", () => {
    // Greedy takes Ana–Mo (100) and leaves Ben with nobody; the optimum matches both.
    const result = solveAssignment({
      capacities: [1, 1],
      menteeCount: 2,
      edges: [
        { mentor: 0, mentee: 0, score: 100 },
        { mentor: 1, mentee: 0, score: 60 },
        { mentor: 0, mentee: 1, score: 55 },
      ],
    });
    expect(result.matched).toBe(2);
    expect(result.totalScore).toBe(115);
    expect(result.pairs).toEqual(
      expect.arrayContaining([
        { mentor: 1, mentee: 0, score: 60 },
        { mentor: 0, mentee: 1, score: 55 },
      ]),
    );
  });

  it("gives a mentee nobody when no allowed pair is left, and a mentor no more than their seats", () => {
    const result = solveAssignment({
      capacities: [2, 0],
      menteeCount: 3,
      edges: [0, 1, 2].flatMap((mentee) => [
        { mentor: 0, mentee, score: 40 + mentee },
        { mentor: 1, mentee, score: 99 },
      ]),
    });
    expect(result.matched).toBe(2);
    expect(result.pairs.map((p) => p.mentee).sort()).toEqual([1, 2]);
  });
});

describe("pruned candidates", () => {
  it("gives the same optimum as every pair, adding back what the prices say could help", () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 3 }), (p, k) => {
        const full = solveAssignment(p);
        const pruned = solvePruned(p, k);
        expect({ matched: pruned.matched, totalScore: pruned.totalScore }).toEqual({
          matched: full.matched,
          totalScore: full.totalScore,
        });
      }),
      { numRuns: 400 },
    );
  });

  it("adds back a pair that neither side ranked high when the optimum needs it", () => {
    // Mentor 0 (one seat) ranks mentees 0–7 above mentee 8, more than it keeps candidates for; each of
    // mentees 0–7 also has a mentor of their own; mentee 8 ranks mentor 9 first, whose one seat mentee
    // 9 needs. So the pair (0, 8) is nobody's candidate, yet it is the only way to match all ten.
    const edges = [
      ...Array.from({ length: 8 }, (_, i) => ({ mentor: 0, mentee: i, score: 90 })),
      ...Array.from({ length: 8 }, (_, i) => ({ mentor: i + 1, mentee: i, score: 80 })),
      { mentor: 9, mentee: 8, score: 60 },
      { mentor: 9, mentee: 9, score: 10 },
      { mentor: 0, mentee: 8, score: 50 },
    ];
    const p = { capacities: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], menteeCount: 10, edges };
    const result = solvePruned(p, 1);
    expect(result.rounds).toBeGreaterThan(1);
    expect(result.matched).toBe(10);
    expect(result.totalScore).toBe(8 * 80 + 50 + 10);
    expect(result.pairs).toContainEqual({ mentor: 0, mentee: 8, score: 50 });
  });
});

/** The problem as a row-major score matrix (row = mentee), `FORBIDDEN` where no edge is. */
function matrixOf(p: AssignmentProblem) {
  const scores = new Uint8Array(p.menteeCount * p.capacities.length).fill(FORBIDDEN);
  for (const e of p.edges) scores[e.mentee * p.capacities.length + e.mentor] = e.score;
  return { capacities: p.capacities, menteeCount: p.menteeCount, scores };
}

const totals = (pairs: { score: number }[]) => ({
  matched: pairs.length,
  totalScore: pairs.reduce((s, p) => s + p.score, 0),
});

describe("the dense method for small problems", () => {
  it("matches brute force with seats, forbidden pairs and ties, and returns a feasible assignment", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const pairs = solveDense({ ...matrixOf(p), forbidden: FORBIDDEN });
        expect(totals(pairs)).toEqual(bruteForce(p));
        const allowed = new Set(p.edges.map((e) => `${e.mentor}:${e.mentee}:${e.score}`));
        for (const pair of pairs) expect(allowed.has(`${pair.mentor}:${pair.mentee}:${pair.score}`)).toBe(true);
        expect(new Set(pairs.map((x) => x.mentee)).size).toBe(pairs.length);
        p.capacities.forEach((c, j) => expect(pairs.filter((x) => x.mentor === j).length).toBeLessThanOrEqual(c));
      }),
      { numRuns: 600 },
    );
  });

  it("finds munkres's minimum on square cost matrices full of ties", () => {
    const square = fc
      .integer({ min: 1, max: 9 })
      .chain((n) =>
        fc
          .array(fc.constantFrom<number>(0, 1, 5, 5, 9, 30, 100), { minLength: n * n, maxLength: n * n })
          .map((c) => ({ n, c })),
      );
    fc.assert(
      fc.property(square, ({ n, c }) => {
        const x = lapjv(n, Float64Array.from(c));
        expect(new Set(x).size).toBe(n);
        const ours = Array.from(x, (j, i) => c[i * n + j]!).reduce((a, b) => a + b, 0);
        const rows = Array.from({ length: n }, (_, i) => c.slice(i * n, (i + 1) * n));
        const theirs = munkres(rows).reduce((sum, [i, j]) => sum + c[i * n + j]!, 0);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 600 },
    );
  });

  it("is what solveMatrix uses on a small dense problem, with the optimum of every pair", () => {
    // 40 mentees, 12 mentors with 1-3 seats, every third pair forbidden: dense enough, few seats.
    const capacities = Array.from({ length: 12 }, (_, j) => 1 + (j % 3));
    const edges = Array.from({ length: 40 * 12 }, (_, k) => ({
      mentor: k % 12,
      mentee: Math.floor(k / 12),
      score: (k * 37) % 101,
    })).filter((_, k) => k % 3 !== 0);
    const p = { capacities, menteeCount: 40, edges };
    const full = solveAssignment(p);
    const solved = solveMatrix(matrixOf(p));
    expect(totals(solved.pairs)).toEqual({ matched: full.matched, totalScore: full.totalScore });
    expect(solved.rounds).toBe(0); // the dense method, not pruning
    expect(solved.added).toBe(0);
  });
});
