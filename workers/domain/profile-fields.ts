/**
 * @module domain/profile-fields
 * The profile fields a program may ask for, in the order forms show them. Apart from domain/profile's
 * rules (and their zod) so the web app reads the same list without bundling a validator.
 */
export const PROFILE_FIELDS = [
  "department",
  "title",
  "location",
  "timezone",
  "yearsExperience",
  "skillsOffered",
  "skillsSought",
  "goals",
  "format",
  "frequency",
  "languages",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
