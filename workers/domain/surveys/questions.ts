/**
 * @module domain/surveys/questions
 * Survey questions and answers: five types (rating 1–5, NPS 0–10, single and multiple choice, free
 * text), and the check of a set of answers against the questions, with one message per question.
 */
import type { SurveyQuestion } from "./types";

export type Answers = Record<string, unknown>;
export type AnswerErrors = Record<string, string>;

/** Problems with a survey's questions themselves (as an admin wrote them), by index. */
export function questionProblems(questions: SurveyQuestion[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    if (ids.has(q.id)) problems[`questions.${i}.id`] = "Each question needs its own id.";
    ids.add(q.id);
    const choice = q.type === "single" || q.type === "multi";
    if (choice && (q.options?.length ?? 0) < 2) problems[`questions.${i}.options`] = "Give at least two options.";
    if (choice && new Set(q.options).size !== q.options?.length) {
      problems[`questions.${i}.options`] = "Options must differ.";
    }
  });
  return problems;
}

const isInt = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Why an answer does not fit its question, or null when it does (an unanswered optional question fits). */
function answerProblem(q: SurveyQuestion, v: unknown): string | null {
  if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) {
    return q.required ? "Please answer this question." : null;
  }
  switch (q.type) {
    case "rating":
      return isInt(v, 1, 5) ? null : "Choose from 1 to 5.";
    case "nps":
      return isInt(v, 0, 10) ? null : "Choose from 0 to 10.";
    case "single":
      return typeof v === "string" && q.options?.includes(v) ? null : "Choose one of the options.";
    case "multi":
      return Array.isArray(v) &&
        v.every((x) => typeof x === "string" && q.options?.includes(x)) &&
        new Set(v).size === v.length
        ? null
        : "Choose among the options.";
    case "text":
      return typeof v === "string" && v.length <= 2000 ? null : "Write at most 2,000 characters.";
  }
}

/** The answers kept (known questions, answered) and the problems, by question id; unknown ids are problems. */
export function checkAnswers(questions: SurveyQuestion[], answers: Answers) {
  const errors: AnswerErrors = {};
  const kept: Answers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) errors[id] = "There is no such question.";
  for (const q of questions) {
    const v = answers[q.id];
    const problem = answerProblem(q, typeof v === "string" && q.type === "text" ? v.trim() : v);
    if (problem) errors[q.id] = problem;
    else if (v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)) {
      kept[q.id] = typeof v === "string" ? v.trim() : v;
    }
  }
  return { kept, errors };
}
