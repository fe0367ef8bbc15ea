import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatrix } from "../../workers/domain/matching/constraints";
import { planMatches } from "../../workers/domain/matching/plan";
import { FORBIDDEN, solveAssignment } from "../../workers/domain/matching/solver";
import { AT, company } from "./match-company";

describe("a run too large for a score matrix", () => {
  it("scores rows as it goes and reaches the optimum of every allowed pair", () => {
    fc.assert(
      fc.property(company, ({ mentors, mentees, excluded, settings }) => {
        const input = { mentors, mentees, excluded, settings, at: AT };
        // One candidate a mentee and a mentor: the optimum mostly needs pairs that only the proof adds back.
        const streamed = planMatches(input, undefined, { matrixMaxCells: 0, pruning: { perMentee: 1, perSeat: 0 } });
        // The reference: every allowed pair as an edge, solved without pruning.
        const scores = scoreMatrix(mentors, mentees, settings, excluded, AT);
        const edges = mentees.flatMap((_, k) =>
          mentors.flatMap((_, i) => {
            const score = scores[k * mentors.length + i]!;
            return score === FORBIDDEN ? [] : [{ mentor: i, mentee: k, score }];
          }),
        );
        const full = solveAssignment({
          capacities: mentors.map((m) => m.capacity),
          menteeCount: mentees.length,
          edges,
        });
        expect(streamed.stats).toEqual({ matched: full.matched, totalScore: full.totalScore });
        expect(streamed.unmatched.map((u) => u.reason)).toEqual(planMatches(input).unmatched.map((u) => u.reason));
        const banned = new Set<string>(excluded);
        for (const p of streamed.pairs) expect(banned.has(`${p.mentorId}|${p.menteeId}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("reaches the same optimum with the candidates a company's run keeps by default", () => {
    fc.assert(
      fc.property(company, ({ mentors, mentees, excluded, settings }) => {
        const input = { mentors, mentees, excluded, settings, at: AT };
        const streamed = planMatches(input, undefined, { matrixMaxCells: 0 });
        expect(streamed.stats).toEqual(planMatches(input).stats);
      }),
      { numRuns: 200 },
    );
  });
});
