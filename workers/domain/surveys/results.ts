/**
 * @module domain/surveys/results
 * A survey's results: per question the number of answers, the average (rating), the NPS (promoters
 * 9–10 minus detractors 0–6, in percent), the distribution, and free-text answers; plus the same per
 * group (such as mentors and mentees). Nobody's answers may be picked out: an anonymous survey shows
 * nothing under MIN_GROUP answers, and no group under MIN_GROUP answers is shown, not even as the
 * overall result minus the groups that are.
 */
import type { SurveyQuestion } from "./types";

export const MIN_GROUP = 5;

export type Response = { role: string; answers: Record<string, unknown> };
export type QuestionResult = {
  id: string;
  type: SurveyQuestion["type"];
  text: string;
  answers: number;
  average?: number;
  nps?: number;
  distribution?: Record<string, number>;
  texts?: string[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function summarize(q: SurveyQuestion, responses: Response[]): QuestionResult {
  const values = responses.map((r) => r.answers[q.id]).filter((v) => v !== undefined);
  const base = { id: q.id, type: q.type, text: q.text, answers: values.length };
  if (q.type === "text") return { ...base, texts: values.map(String) };
  if (q.type === "single" || q.type === "multi") {
    const distribution = Object.fromEntries((q.options ?? []).map((o) => [o, 0]));
    for (const v of values)
      for (const o of Array.isArray(v) ? v : [v]) distribution[String(o)] = (distribution[String(o)] ?? 0) + 1;
    return { ...base, distribution };
  }
  const numbers = values.map(Number);
  const scale = q.type === "rating" ? [1, 2, 3, 4, 5] : Array.from({ length: 11 }, (_, i) => i);
  const distribution = Object.fromEntries(scale.map((s) => [String(s), numbers.filter((n) => n === s).length]));
  const average = numbers.length ? round1(numbers.reduce((a, b) => a + b, 0) / numbers.length) : undefined;
  if (q.type === "rating") return { ...base, average, distribution };
  const promoters = numbers.filter((n) => n >= 9).length;
  const detractors = numbers.filter((n) => n <= 6).length;
  const nps = numbers.length ? Math.round(((promoters - detractors) / numbers.length) * 100) : undefined;
  return { ...base, average, nps, distribution };
}

type Group = { group: string; responses: Response[] };

const OTHER = "other";

/** Answers by their respondent's role; nothing when nobody's role is known, as one group is no breakdown. */
function byRole(responses: Response[]): Group[] {
  if (responses.every((r) => !r.role)) return [];
  const roles = [...new Set(responses.map((r) => r.role || OTHER))].sort();
  return roles.map((group) => ({ group, responses: responses.filter((r) => (r.role || OTHER) === group) }));
}

/**
 * The groups a breakdown may show: every group with at least MIN_GROUP answers, and the smaller ones
 * merged into "other" when together they reach MIN_GROUP. When they do not, no group is shown at all:
 * the overall result minus the groups shown would give the small groups' answers away.
 */
export function shownGroups(groups: Group[]): Group[] | null {
  const large = groups.filter((g) => g.responses.length >= MIN_GROUP && g.group !== OTHER);
  const rest = groups.filter((g) => !large.includes(g)).flatMap((g) => g.responses);
  if (!rest.length) return large;
  return rest.length < MIN_GROUP ? null : [...large, { group: OTHER, responses: rest }];
}

/** Only how many answered: the numbers of so few answers would show them one by one. */
const countOnly = ({ id, type, text, answers }: QuestionResult): QuestionResult => ({ id, type, text, answers });

/**
 * The results. An anonymous survey shows nothing until MIN_GROUP people answered; a breakdown by group
 * follows `shownGroups`, in any survey, and per question too: a question that one shown group has only
 * 1 to MIN_GROUP - 1 answers to (an optional one) shows no group's numbers, as that group's would be
 * its few answers and the overall minus the others' would give them away.
 */
export function surveyResults(questions: SurveyQuestion[], responses: Response[], anonymous: boolean) {
  if (anonymous && responses.length < MIN_GROUP) {
    return { responses: responses.length, hidden: true, questions: [] as QuestionResult[], groups: [] };
  }
  const groups = byRole(responses);
  const shown = shownGroups(groups);
  const perGroup = (shown ?? []).map((g) => questions.map((q) => summarize(q, g.responses)));
  const fewIn = (i: number) => perGroup.some((qs) => qs[i]!.answers > 0 && qs[i]!.answers < MIN_GROUP);
  return {
    responses: responses.length,
    hidden: false,
    questions: questions.map((q) => summarize(q, responses)),
    groups: shown
      ? shown.map((g, gi) => ({
          group: g.group,
          responses: g.responses.length as number | null,
          hidden: false,
          questions: perGroup[gi]!.map((r, i) => (fewIn(i) ? countOnly(r) : r)),
        }))
      : groups.map((g) => ({ group: g.group, responses: null, hidden: true, questions: [] as QuestionResult[] })),
  };
}
