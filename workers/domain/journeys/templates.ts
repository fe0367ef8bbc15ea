/**
 * @module domain/journeys/templates
 * Program templates: a ready-made start for a program (its kind, matching weights, surveys, expected
 * meeting rhythm, journey, default agreement and starter resources), kept as content in templates.json.
 * Starter resources are plain titles and links, so a knowledge library can take them in as they are.
 */
import type { PROGRAM_KINDS } from "../kinds";
import type { StoredMatchSettings } from "../values";
import templates from "./templates.json";
import type { AgreementTerms, JourneyStep } from "./journey";

export type StarterResource = { title: string; url: string; kind: "article" | "link" };

export type ProgramTemplate = {
  id: string;
  name: string;
  kind: (typeof PROGRAM_KINDS)[number];
  description: string;
  matchSettings: StoredMatchSettings;
  /** Keys of survey templates (domain/surveys) the program starts with. */
  surveys: string[];
  meetingEveryDays: number;
  mentorsNeedApproval: boolean;
  agreement: AgreementTerms;
  journey: Omit<JourneyStep, "id">[];
  resources: StarterResource[];
};

export const PROGRAM_TEMPLATES = templates as ProgramTemplate[];

export const TEMPLATE_IDS = [
  "onboarding-buddy",
  "leadership-development",
  "knowledge-transfer",
  "reverse-mentoring",
  "speed-mentoring-day",
  "peer-circles",
  "diversity-inclusion",
] as const;

export const programTemplate = (id: string) => PROGRAM_TEMPLATES.find((t) => t.id === id) ?? null;
