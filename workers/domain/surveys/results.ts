/**
 * @module domain/surveys/results
 * A survey's results: per question the number of answers, the average (rating), the NPS (promoters
 * 9–10 minus detractors 0–6, in percent), the distribution, and free-text answers; plus the same per
 * group (such as mentors and mentees), where a group with fewer than MIN_GROUP answers shows no
 * numbers at all, so that nobody's answers can be picked out of a small group.
 */
import type { SurveyQuestion } from "../../db/schema";

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

export function surveyResults(questions: SurveyQuestion[], responses: Response[]) {
  const overall = questions.map((q) => summarize(q, responses));
  const roles = [...new Set(responses.map((r) => r.role).filter(Boolean))].sort();
  const groups = roles.map((role) => {
    const mine = responses.filter((r) => r.role === role);
    return mine.length < MIN_GROUP
      ? { group: role, responses: null, hidden: true as const, questions: [] as QuestionResult[] }
      : {
          group: role,
          responses: mine.length,
          hidden: false as const,
          questions: questions.map((q) => summarize(q, mine)),
        };
  });
  return { responses: responses.length, questions: overall, groups };
}
