/** The choices of the program form: kinds, and the profile fields the sign-up form may ask. */
export const KINDS = ["one-to-one", "group", "peer", "reverse", "speed", "roulette"] as const;
export const FIELDS: [string, string][] = [
  ["department", "Department"],
  ["title", "Job title"],
  ["location", "Location"],
  ["timezone", "Time zone"],
  ["yearsExperience", "Years of experience"],
  ["skillsOffered", "Skills offered"],
  ["skillsSought", "Skills sought"],
  ["goals", "Goals"],
  ["format", "Preferred format"],
  ["frequency", "Meeting frequency"],
  ["languages", "Languages"],
];
