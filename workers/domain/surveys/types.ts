/**
 * @module domain/surveys/types
 * What a survey is made of: its questions and when it goes out. Plain data, stored as JSON columns
 * (db/schema) and checked by the API's schemas.
 */
export const QUESTION_TYPES = ["rating", "nps", "single", "multi", "text"] as const;
export type SurveyQuestion = {
  id: string;
  type: (typeof QUESTION_TYPES)[number];
  text: string;
  options?: string[];
  required?: boolean;
};

/** When a survey goes out: days after (or, negative, before) an anchor. */
export const SURVEY_ANCHORS = [
  "mentorship-start",
  "mentorship-end",
  "program-start",
  "program-end",
  "event-end",
] as const;
export type SurveyTrigger = { anchor: (typeof SURVEY_ANCHORS)[number]; offsetDays: number };
