/**
 * The admins of the browser tests: one per test file, because signing in is rate-limited per email
 * (five links in fifteen minutes) and the files together sign an admin in more often than that.
 */
const TOPICS = [
  "events",
  "event-day",
  "peer",
  "matching",
  "rotation",
  "groups",
  "surveys",
  "unsubscribe",
  "mentorship",
  "import",
  "program-pages",
  "insights",
  "outcomes",
  "mail-links",
  "tour",
  "dashboards",
  "training",
  "journey",
  "library",
  "roulette",
  "story",
  "audit",
  "privacy",
  "languages",
  "requests",
  "insights-german",
  "surveys-german",
  "pairs-german",
  "events-german",
  "programs-german",
  "matching-german",
  "tools-german",
] as const;

export const adminOf = (topic: (typeof TOPICS)[number]) => `admin.${topic}@example.com`;
export const ADMIN_EMAILS = ["admin@example.com", ...TOPICS.map(adminOf)];
