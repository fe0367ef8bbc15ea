/**
 * @module domain/surveys/templates
 * Ready-made surveys: a two-week check-in, a midpoint pulse, an end-of-program evaluation and an
 * event follow-up, each with when it goes out. Admins start from one and change what they like.
 */
import type { SurveyQuestion, SurveyTrigger } from "./types";

export type SurveyTemplate = {
  key: string;
  title: string;
  trigger: SurveyTrigger;
  anonymous: boolean;
  questions: SurveyQuestion[];
};

export const TEMPLATES: SurveyTemplate[] = [
  {
    key: "checkin",
    title: "Two-week check-in",
    trigger: { anchor: "mentorship-start", offsetDays: 14 },
    anonymous: false,
    questions: [
      {
        id: "met",
        type: "single",
        text: "Have you met yet?",
        options: ["Yes, more than once", "Once", "Not yet"],
        required: true,
      },
      { id: "fit", type: "rating", text: "How well does your partner fit what you hoped for?", required: true },
      { id: "help", type: "text", text: "Is there anything the organisers could help with?" },
    ],
  },
  {
    key: "midpoint",
    title: "Midpoint pulse",
    trigger: { anchor: "program-start", offsetDays: 45 },
    anonymous: true,
    questions: [
      { id: "progress", type: "rating", text: "How much progress have you made on your goals?", required: true },
      {
        id: "often",
        type: "single",
        text: "How often do you meet?",
        options: ["Weekly", "Every two weeks", "Monthly", "Less"],
      },
      {
        id: "topics",
        type: "multi",
        text: "What have you worked on?",
        options: ["Skills", "Career", "Network", "Wellbeing", "Other"],
      },
    ],
  },
  {
    key: "end",
    title: "End-of-program evaluation",
    trigger: { anchor: "program-end", offsetDays: 0 },
    anonymous: true,
    questions: [
      { id: "nps", type: "nps", text: "How likely are you to recommend this program to a colleague?", required: true },
      { id: "goals", type: "rating", text: "How far did you reach the goals you set?", required: true },
      { id: "best", type: "text", text: "What was most valuable?" },
      { id: "change", type: "text", text: "What should we change next time?" },
    ],
  },
  {
    key: "event",
    title: "Event follow-up",
    trigger: { anchor: "event-end", offsetDays: 0 },
    anonymous: true,
    questions: [
      { id: "useful", type: "rating", text: "How useful were the conversations?", required: true },
      { id: "nps", type: "nps", text: "How likely are you to recommend this event to a colleague?" },
      { id: "length", type: "single", text: "The rounds were…", options: ["Too short", "About right", "Too long"] },
    ],
  },
];

export const templateByKey = (key: string) => TEMPLATES.find((t) => t.key === key) ?? null;
