import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SurveyQuestion } from "../../workers/domain/surveys/types";
import { MIN_GROUP, surveyResults } from "../../workers/domain/surveys/results";

const questions: SurveyQuestion[] = [{ id: "r", type: "rating", text: "How was it?" }];
const answers = (role: string, n: number, rating = 3) =>
  Array.from({ length: n }, () => ({ role, answers: { r: rating } }));

describe("survey results", () => {
  it("show nothing of an anonymous survey until five people answered", () => {
    const one = surveyResults(questions, answers("mentee", 1, 2), true);
    expect(one).toEqual({ responses: 1, hidden: true, questions: [], groups: [] });
    expect(surveyResults(questions, answers("mentee", 4), true).hidden).toBe(true);
    const five = surveyResults(questions, answers("mentee", 5), true);
    expect(five.hidden).toBe(false);
    expect(five.questions[0]!.average).toBe(3);
  });

  it("show no breakdown that the overall result would give a small group away by", () => {
    // Five mentors and one mentee: showing the mentors would give the mentee's rating by subtraction.
    const out = surveyResults(questions, [...answers("mentor", 5, 4), ...answers("mentee", 1, 1)], true);
    expect(out.questions[0]!.average).toBe(3.5);
    expect(out.groups).toEqual([
      { group: "mentee", responses: null, hidden: true, questions: [] },
      { group: "mentor", responses: null, hidden: true, questions: [] },
    ]);
  });

  it("merge small groups into 'other' when together they have five answers", () => {
    const out = surveyResults(
      questions,
      [...answers("mentor", 6), ...answers("mentee", 3), ...answers("both", 2)],
      false,
    );
    expect(out.groups.map((g) => [g.group, g.responses, g.hidden])).toEqual([
      ["mentor", 6, false],
      ["other", 5, false],
    ]);
  });

  it("never show a group under five, nor leave out fewer than five from the groups shown", () => {
    const roles = ["mentor", "mentee", "both", "peer"];
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 4, maxLength: 4 }), fc.boolean(), (counts, anonymous) => {
        const responses = counts.flatMap((n, i) => answers(roles[i]!, n));
        const out = surveyResults(questions, responses, anonymous);
        const shown = out.groups.filter((g) => !g.hidden);
        for (const g of shown) expect(g.responses).toBeGreaterThanOrEqual(MIN_GROUP);
        if (shown.length) expect(shown.reduce((n, g) => n + g.responses!, 0)).toBe(responses.length);
        if (anonymous && responses.length < MIN_GROUP) expect(out.questions).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("show no group's numbers for a question one group has fewer than five answers to", () => {
    const optional: SurveyQuestion[] = [
      { id: "r", type: "rating", text: "How was it?" },
      { id: "t", type: "text", text: "Anything else?" },
    ];
    // Five mentors and five mentees answered; the mentors and one mentee rated, that mentee also wrote.
    const responses = [
      ...Array.from({ length: 5 }, () => ({ role: "mentor", answers: { r: 4 } })),
      { role: "mentee", answers: { r: 1, t: "Only I wrote this" } },
      ...Array.from({ length: 4 }, () => ({ role: "mentee", answers: {} })),
    ];
    const out = surveyResults(optional, responses, true);
    expect(out.questions[0]).toMatchObject({ answers: 6, average: 3.5 });
    // The mentors' five ratings beside the overall six would give the one mentee's rating away.
    expect(out.groups.map((g) => [g.group, g.responses, g.questions])).toEqual([
      [
        "mentee",
        5,
        [
          { id: "r", type: "rating", text: "How was it?", answers: 1 },
          { id: "t", type: "text", text: "Anything else?", answers: 1 },
        ],
      ],
      [
        "mentor",
        5,
        [
          { id: "r", type: "rating", text: "How was it?", answers: 5 },
          { id: "t", type: "text", text: "Anything else?", answers: 0 },
        ],
      ],
    ]);
  });
});
