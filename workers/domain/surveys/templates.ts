/**
 * @module domain/surveys/templates
 * Ready-made surveys: a two-week check-in, a midpoint pulse, an end-of-program evaluation and an
 * event follow-up, each with when it goes out (templates.json). Admins start from one and change what they like.
 */
import templates from "./templates.json";
import type { SurveyQuestion, SurveyTrigger } from "./types";

export type SurveyTemplate = {
  key: string;
  title: string;
  trigger: SurveyTrigger;
  anonymous: boolean;
  questions: SurveyQuestion[];
};

/** The questions are content, so they are kept as data beside this module (test/surveys/survey-templates-unit checks their shape). */
export const TEMPLATES = templates as SurveyTemplate[];

export const templateByKey = (key: string) => TEMPLATES.find((t) => t.key === key) ?? null;
