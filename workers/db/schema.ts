/**
 * @module db/schema
 * Tandem's durable data, in drizzle. Times are UTC instants in epoch milliseconds (DESIGN.md, invariant 6);
 * program dates are calendar days (`YYYY-MM-DD`). Ids are random UUIDs.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const PROGRAM_KINDS = ["one-to-one", "group", "peer", "reverse", "speed"] as const;
export const ROLES = ["mentor", "mentee", "both", "junior", "senior"] as const;
export const ENROLLMENT_STATUSES = ["pending", "active", "withdrawn"] as const;
export const FORMATS = ["remote", "in-person", "either"] as const;
export const FREQUENCIES = ["weekly", "biweekly", "monthly"] as const;

export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type SkillLevel = { name: string; level: number };

const now = sql`(unixepoch('subsec') * 1000)`;

export const people = sqliteTable(
  "people",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    department: text("department").notNull().default(""),
    title: text("title").notNull().default(""),
    location: text("location").notNull().default(""),
    timezone: text("timezone").notNull().default("UTC"),
    yearsExperience: integer("years_experience"),
    managerEmail: text("manager_email"),
    languages: text("languages", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("people_email_unique").on(t.email)],
);

export const programs = sqliteTable(
  "programs",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: PROGRAM_KINDS }).notNull(),
    description: text("description").notNull().default(""),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    defaultCapacity: integer("default_capacity").notNull().default(2),
    skills: text("skills", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    profileFields: text("profile_fields", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    joinKey: text("join_key").notNull(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("programs_slug_unique").on(t.slug)],
);

export const programManagers = sqliteTable(
  "program_managers",
  {
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] }), index("program_managers_person").on(t.personId)],
);

export const enrollments = sqliteTable(
  "enrollments",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    status: text("status", { enum: ENROLLMENT_STATUSES }).notNull().default("pending"),
    capacity: integer("capacity"),
    goals: text("goals").notNull().default(""),
    skillsOffered: text("skills_offered", { mode: "json" })
      .$type<SkillLevel[]>()
      .notNull()
      .default(sql`'[]'`),
    skillsSought: text("skills_sought", { mode: "json" })
      .$type<SkillLevel[]>()
      .notNull()
      .default(sql`'[]'`),
    format: text("format", { enum: FORMATS }),
    frequency: text("frequency", { enum: FREQUENCIES }),
    consentAt: integer("consent_at"),
    confirmedAt: integer("confirmed_at"),
    withdrawnAt: integer("withdrawn_at"),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("enrollments_program_person").on(t.programId, t.personId),
    index("enrollments_person").on(t.personId),
    index("enrollments_program_status_role").on(t.programId, t.status, t.role),
  ],
);

/** Single-use email tokens: sign-in links and sign-up confirmations. Only the SHA-256 of a token is kept. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose", { enum: ["signin", "confirm"] }).notNull(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    enrollmentId: text("enrollment_id"),
    /** For a confirmation: the sign-up form as submitted, applied only once the email is confirmed. */
    payload: text("payload", { mode: "json" }),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("email_tokens_person").on(t.personId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("sessions_person").on(t.personId)],
);

/** The outbox: every email the app sends, keyed for exactly-once delivery (DESIGN.md, invariant 1). */
export const outgoingMail = sqliteTable(
  "outgoing_mail",
  {
    id: text("id").primaryKey(),
    idempotencyKey: text("idempotency_key").notNull(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: integer("claimed_at"),
    sentAt: integer("sent_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("outgoing_mail_key").on(t.idempotencyKey),
    index("outgoing_mail_status_created").on(t.status, t.createdAt),
    index("outgoing_mail_sent").on(t.sentAt),
  ],
);

/** Fixed-window counters for rate limits, incremented in one upsert so concurrent requests cannot race. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
