/**
 * @module domain/training/modules
 * A training module's closed lists and how an attempt is marked. A module with questions is passed at
 * its pass mark (the share of questions answered right); one without is "I have read this", passed by
 * saying so. Marking happens here, on the server, so the right answers never reach a participant.
 */

/** Whom a module is for: a program's mentors, its mentees, or both. */
export const TRAINING_AUDIENCES = ["mentor", "mentee", "both"] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** A participant's state for one module. */
export const TRAINING_STATUSES = ["todo", "failed", "passed"] as const;

export type TrainingQuestion = { prompt: string; options: string[]; answer: number };

/** The most questions a module holds, and options a question: a short check, not an exam. */
export const MAX_QUESTIONS = 10;
export const MAX_OPTIONS = 6;

/** Which side of a pair a role takes, for a module's audience; `both` takes both sides. */
const SIDES: Record<string, TrainingAudience[]> = {
  mentor: ["mentor", "both"],
  junior: ["mentor", "both"],
  mentee: ["mentee", "both"],
  senior: ["mentee", "both"],
  both: ["mentor", "mentee", "both"],
};

/** Whether someone of `role` has to do a module for `audience`. */
export const concerns = (audience: TrainingAudience, role: string) => (SIDES[role] ?? []).includes(audience);

export type Marked = { score: number; passed: boolean; wrong: number[] };

/**
 * Marks an attempt: `answers[i]` is the option chosen for question i. The score is a whole percentage;
 * a module without questions is passed by reading it.
 */
export function mark(questions: TrainingQuestion[], passMark: number, answers: number[]): Marked {
  if (questions.length === 0) return { score: 100, passed: true, wrong: [] };
  const wrong = questions.flatMap((q, i) => (answers[i] === q.answer ? [] : [i]));
  const score = Math.round((100 * (questions.length - wrong.length)) / questions.length);
  return { score, passed: score >= passMark, wrong };
}
