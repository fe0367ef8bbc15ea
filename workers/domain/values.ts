/**
 * @module domain/values
 * The shapes of values stored as JSON columns, apart from surveys' (domain/surveys/types).
 */

/** A skill someone offers or seeks, and how well they know it. */
export type SkillLevel = { name: string; level: number };

/** A program's matching criteria as the admin set them (see domain/matching/score). */
export type StoredMatchSettings = {
  weights: Record<string, number>;
  department: "same" | "different" | "ignore";
  seniority: { minGap: number; maxGap: number | null };
  requireSharedLanguage: boolean;
};
