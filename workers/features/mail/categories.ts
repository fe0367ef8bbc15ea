/**
 * @module features/mail/categories
 * The kinds of mail someone can unsubscribe from, one by one. Mail that answers something the person
 * just did (a sign-in link, a confirmation, a registration) has no category and always goes out.
 */
export const MAIL_CATEGORIES = {
  matching: "Matches and mentor requests",
  events: "Event follow-ups",
  rotations: "Reverse-mentoring introductions",
  groups: "Group mentoring news",
  surveys: "Feedback questions and surveys",
  reminders: "Reminders",
  reports: "Monthly program reports",
  recognition: "Thank-you notes about your team",
  roulette: "Roulette introductions",
} as const;

export type MailCategory = keyof typeof MAIL_CATEGORIES;
export const CATEGORY_KEYS = Object.keys(MAIL_CATEGORIES) as MailCategory[];
export const isCategory = (c: unknown): c is MailCategory => typeof c === "string" && c in MAIL_CATEGORIES;
