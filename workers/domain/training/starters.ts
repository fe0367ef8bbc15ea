/**
 * @module domain/training/starters
 * The training Tandem ships with: three short modules a manager adds to a program with one click and
 * then edits like any other.
 */
import type { TrainingAudience, TrainingQuestion } from "./modules";

export type Starter = {
  key: string;
  title: string;
  audience: TrainingAudience;
  guide: string;
  questions: TrainingQuestion[];
  passMark: number;
};

export const STARTERS: Starter[] = [
  {
    key: "good-mentor",
    title: "Being a good mentor",
    audience: "mentor",
    passMark: 100,
    guide: `## What a mentor does

A mentor **listens more than they talk**. Your mentee brings the questions; you help them find their own answers.

- Agree at the start how often you meet, how, and what stays between you.
- Ask open questions: *What have you tried? What would good look like?*
- Share your experience as one story, not as the rule.
- Keep your promises: if you cannot make a meeting, say so early.

A good mentorship ends with a mentee who needs you less.`,
    questions: [
      {
        prompt: "Your mentee asks how to handle a difficult colleague. What do you do first?",
        options: [
          "Tell them what you would do",
          "Ask what they have tried and what they want",
          "Speak to the colleague",
        ],
        answer: 1,
      },
      {
        prompt: "What your mentee tells you in a meeting is…",
        options: ["Shared with their manager", "Between the two of you, as you agreed", "Posted in the team channel"],
        answer: 1,
      },
    ],
  },
  {
    key: "feedback",
    title: "Giving feedback",
    audience: "both",
    passMark: 50,
    guide: `## Feedback that helps

Good feedback is **specific, timely and about what someone did**, not who they are.

1. Describe the situation: *In Tuesday's review…*
2. Name the behaviour: *…you explained the trade-offs before the numbers…*
3. Say its effect: *…and everyone followed the decision.*

Ask before you give it, and ask for it in return.`,
    questions: [
      {
        prompt: "Which is the most useful feedback?",
        options: [
          "You are great at presenting.",
          "In Tuesday's review, starting with the trade-offs made the decision easy to follow.",
          "Presentations could be better.",
        ],
        answer: 1,
      },
      {
        prompt: "When is feedback most useful?",
        options: ["Soon after the moment", "At the yearly review", "Never unless asked in writing"],
        answer: 0,
      },
    ],
  },
  {
    key: "goals",
    title: "Setting goals",
    audience: "mentee",
    passMark: 0,
    guide: `## Goals you can reach

Write one or two goals for your mentorship in the first weeks. A good goal is:

- **Specific**: *Lead a sprint planning on my own*, not *get better at planning*.
- **Measurable**: you will know when it is done.
- **Timed**: give it a date, and milestones on the way.

Share them with your mentor, and look at them together at every meeting.`,
    questions: [],
  },
];
