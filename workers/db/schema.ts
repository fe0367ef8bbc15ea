/**
 * @module db/schema
 * Tandem's durable data, in drizzle. Times are UTC instants in epoch milliseconds (ARCHITECTURE.md, invariant 6);
 * program dates are calendar days (`YYYY-MM-DD`). Ids are random UUIDs.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { MailAttachment } from "../platform/mail-transport";

export const PROGRAM_KINDS = ["one-to-one", "group", "peer", "reverse", "speed"] as const;
export const ROLES = ["mentor", "mentee", "both", "junior", "senior"] as const;
export const ENROLLMENT_STATUSES = ["pending", "active", "withdrawn"] as const;
export const FORMATS = ["remote", "in-person", "either"] as const;
export const FREQUENCIES = ["weekly", "biweekly", "monthly"] as const;

export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type SkillLevel = { name: string; level: number };
export const MATCH_MODES = ["admin", "choice", "both"] as const;
export const MATCH_RUN_STATUSES = ["queued", "running", "done", "failed"] as const;
export const MENTORSHIP_STATUSES = ["proposed", "active", "completed", "ended"] as const;
export const REQUEST_STATUSES = ["waiting", "pending", "accepted", "declined", "lapsed", "cancelled"] as const;
export type MatchMode = (typeof MATCH_MODES)[number];
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** A program's matching criteria as the admin set them (see domain/matching/score). */
export type StoredMatchSettings = {
  weights: Record<string, number>;
  department: "same" | "different" | "ignore";
  seniority: { minGap: number; maxGap: number | null };
  requireSharedLanguage: boolean;
};

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
    /** How pairs are made: the admin runs matching, mentees choose, or both (a run for who did not choose). */
    matchMode: text("match_mode", { enum: MATCH_MODES }).notNull().default("admin"),
    /** Null: the default criteria. */
    matchSettings: text("match_settings", { mode: "json" }).$type<StoredMatchSettings>(),
    /** Days a mentor has to answer a request before it moves to the mentee's next choice. */
    requestDays: integer("request_days").notNull().default(3),
    /** In "both" mode, the last day mentees choose; the admin matches the rest after it. */
    choiceClosesOn: text("choice_closes_on"),
    /** Reverse programs: the length of a rotation cycle, and whether the admin paused the rotation. */
    cycleWeeks: integer("cycle_weeks"),
    rotationPaused: integer("rotation_paused", { mode: "boolean" }).notNull().default(false),
    /** Reverse programs: avoid pairing a junior and a senior of the same department where possible. */
    rotationMixDepartments: integer("rotation_mix_departments", { mode: "boolean" }).notNull().default(false),
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
    /** A mentor who takes no new requests (set by themselves, or after letting requests lapse). */
    pausedAt: integer("paused_at"),
    pausedBecause: text("paused_because", { enum: ["self", "lapsed"] }),
    /** When the mentor last resumed; lapses before it no longer count towards a pause. */
    resumedAt: integer("resumed_at"),
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

/** The outbox: every email the app sends, keyed for exactly-once delivery (ARCHITECTURE.md, invariant 1). */
export const MAIL_STATUSES = ["pending", "sending", "sent", "failed", "suppressed", "expired"] as const;
export const MAIL_LANES = ["urgent", "bulk"] as const;
export type MailLane = (typeof MAIL_LANES)[number];

/** One bulk send an admin started (an import's welcomes, a publish, a survey): its mails point here. */
export const mailBatches = sqliteTable(
  "mail_batches",
  {
    id: text("id").primaryKey(),
    /** What kind of mail, as in its idempotency keys: "welcome", "match", "survey", "group-published". */
    kind: text("kind").notNull(),
    /** What the admin sees, e.g. "Welcome mails for Spring mentoring". */
    label: text("label").notNull(),
    programId: text("program_id"),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("mail_batches_created").on(t.createdAt), index("mail_batches_program").on(t.programId, t.createdAt)],
);

export const outgoingMail = sqliteTable(
  "outgoing_mail",
  {
    id: text("id").primaryKey(),
    idempotencyKey: text("idempotency_key").notNull(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /**
     * Suppressed: its recipient unsubscribed from its category before it went out. Expired: its link
     * would have expired before it reached the person, so it was dropped rather than sent dead.
     */
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    /** The unsubscribe category (see features/mail/categories); null for mail nobody can opt out of, like sign-in links. */
    category: text("category"),
    /** Files sent with the mail (a calendar invite), as JSON; small, so they live in the row and never in a queue message. */
    attachments: text("attachments", { mode: "json" }).$type<MailAttachment[]>(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: integer("claimed_at"),
    sentAt: integer("sent_at"),
    createdAt: integer("created_at").notNull().default(now),
    /** Which queue carries it (features/mail/lanes): urgent mail someone is waiting for never waits behind bulk mail. */
    lane: text("lane", { enum: MAIL_LANES }).notNull().default("bulk"),
    /** When its link stops working; a mail that cannot go out before then is marked expired instead. */
    expiresAt: integer("expires_at"),
    /** The bulk send it belongs to (mail_batches), for the admin's progress. */
    batchId: text("batch_id"),
  },
  (t) => [
    uniqueIndex("outgoing_mail_key").on(t.idempotencyKey),
    index("outgoing_mail_batch_status").on(t.batchId, t.status),
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

/** Pairs an admin locked (always made) or banned (never made) in a program; runs honour them. */
export const pairRules = sqliteTable(
  "pair_rules",
  {
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    mentorId: text("mentor_id").notNull(),
    menteeId: text("mentee_id").notNull(),
    rule: text("rule", { enum: ["lock", "ban"] }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.programId, t.mentorId, t.menteeId] })],
);

/** One matching run: queued, solved by the queue consumer, reviewed, then published. */
export const matchRuns = sqliteTable(
  "match_runs",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    status: text("status", { enum: MATCH_RUN_STATUSES }).notNull().default("queued"),
    progress: text("progress").notNull().default(""),
    createdBy: text("created_by"),
    error: text("error"),
    matched: integer("matched").notNull().default(0),
    totalScore: integer("total_score").notNull().default(0),
    unmatchedCount: integer("unmatched_count").notNull().default(0),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
    publishedAt: integer("published_at"),
    announcedAt: integer("announced_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("match_runs_program_created").on(t.programId, t.createdAt), index("match_runs_status").on(t.status)],
);

/**
 * Who a run leaves without a mentor, and why: one row each, since a company-wide run can leave
 * thousands, more than one D1 row (2 MB) can hold as a list.
 */
export const matchUnmatched = sqliteTable(
  "match_unmatched",
  {
    runId: text("run_id")
      .notNull()
      .references(() => matchRuns.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.personId] })],
);

/** The pairs a run proposes; the admin edits them until the run is published. */
export const matchProposals = sqliteTable(
  "match_proposals",
  {
    runId: text("run_id")
      .notNull()
      .references(() => matchRuns.id, { onDelete: "cascade" }),
    menteeId: text("mentee_id").notNull(),
    mentorId: text("mentor_id").notNull(),
    score: integer("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<string[]>().notNull(),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.runId, t.menteeId] }), index("match_proposals_run_mentor").on(t.runId, t.mentorId)],
);

/**
 * A mentor and a mentee in a program: proposed → active → completed, or ended early by either side.
 * A pair is together at most once per program; a mentee has at most one open mentorship per program.
 */
export const mentorships = sqliteTable(
  "mentorships",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    mentorId: text("mentor_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    menteeId: text("mentee_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    status: text("status", { enum: MENTORSHIP_STATUSES }).notNull(),
    source: text("source", { enum: ["match", "request", "event", "rotation"] }).notNull(),
    runId: text("run_id"),
    score: integer("score"),
    reasons: text("reasons", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    startedAt: integer("started_at"),
    endedAt: integer("ended_at"),
    endedBy: text("ended_by"),
    endReason: text("end_reason"),
    endNote: text("end_note"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("mentorships_pair").on(t.programId, t.mentorId, t.menteeId),
    uniqueIndex("mentorships_open_mentee")
      .on(t.programId, t.menteeId)
      .where(sql`status IN ('proposed', 'active')`),
    index("mentorships_program_mentor_status").on(t.programId, t.mentorId, t.status),
    index("mentorships_mentee").on(t.menteeId),
    index("mentorships_mentor").on(t.mentorId),
    index("mentorships_run").on(t.runId),
  ],
);

/**
 * A mentee's ranked choices: one row per chosen mentor. Only one is pending at a time; on a decline
 * or a lapse the next waiting choice becomes pending.
 */
export const mentorRequests = sqliteTable(
  "mentor_requests",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    menteeId: text("mentee_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    mentorId: text("mentor_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    status: text("status", { enum: REQUEST_STATUSES }).notNull(),
    message: text("message").notNull().default(""),
    sentAt: integer("sent_at"),
    deadlineAt: integer("deadline_at"),
    respondedAt: integer("responded_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("mentor_requests_pending_mentee")
      .on(t.programId, t.menteeId)
      .where(sql`status = 'pending'`),
    uniqueIndex("mentor_requests_open_rank")
      .on(t.programId, t.menteeId, t.rank)
      .where(sql`status IN ('waiting', 'pending')`),
    index("mentor_requests_status_deadline").on(t.status, t.deadlineAt),
    index("mentor_requests_mentor_status").on(t.mentorId, t.status),
    index("mentor_requests_program_mentee").on(t.programId, t.menteeId),
  ],
);

export const EVENT_ROLES = ["mentor", "mentee", "peer"] as const;
/** Mentoring: mentors keep a table and mentees rotate. Peer: no roles, everyone meets everyone. */
export const EVENT_MODES = ["mentoring", "peer"] as const;
export const REGISTRATION_STATUSES = ["registered", "present", "no-show", "left"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** A speed-mentoring event: mentors at numbered tables, mentees rotating every round. */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    mode: text("mode", { enum: EVENT_MODES }).notNull().default("mentoring"),
    startsAt: integer("starts_at").notNull(),
    timezone: text("timezone").notNull(),
    place: text("place").notNull().default(""),
    videoUrl: text("video_url"),
    roundMinutes: integer("round_minutes").notNull(),
    breakMinutes: integer("break_minutes").notNull(),
    /** Null: as many rounds as give everyone a new partner. */
    rounds: integer("rounds"),
    tables: integer("tables").notNull(),
    menteesPerTable: integer("mentees_per_table").notNull(),
    /** Where mutual picks become proposed mentorships, when the host chose a program. */
    programId: text("program_id").references(() => programs.id, { onDelete: "set null" }),
    joinKey: text("join_key").notNull(),
    /** The rotation plan as last planned (see domain/events/planner). */
    plan: text("plan", { mode: "json" }).$type<unknown[]>(),
    createdBy: text("created_by"),
    /** When the clock was seen finished; the follow-up mail goes out after it. */
    finishedAt: integer("finished_at"),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [index("events_starts").on(t.startsAt)],
);

export const eventHosts = sqliteTable(
  "event_hosts",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index("event_hosts_person").on(t.personId)],
);

/** Who comes to an event, in which role, and whether they are there. */
export const eventRegistrations = sqliteTable(
  "event_registrations",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: EVENT_ROLES }).notNull(),
    interests: text("interests", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull().default("registered"),
    walkIn: integer("walk_in", { mode: "boolean" }).notNull().default(false),
    checkedInAt: integer("checked_in_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("event_registrations_person").on(t.eventId, t.personId),
    index("event_registrations_event_status").on(t.eventId, t.status),
  ],
);

/** Whom someone would like to keep meeting after an event; a pick both ways is a mutual pick. */
export const eventPicks = sqliteTable(
  "event_picks",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fromId: text("from_id").notNull(),
    toId: text("to_id").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.fromId, t.toId] })],
);

/** A reverse program's rotation cycle: its dates, its planned pairs, and when the clock started and ended it. */
export const rotationCycles = sqliteTable(
  "rotation_cycles",
  {
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    cycle: integer("cycle").notNull(),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    pairs: text("pairs", { mode: "json" })
      .$type<{ juniorId: string; seniorIds: string[] }[]>()
      .notNull()
      .default(sql`'[]'`),
    byes: text("byes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Set once by the clock when it created the cycle's pairs and sent the introductions. */
    startedAt: integer("started_at"),
    /** Set once by the clock when it closed the cycle's pairs and asked for feedback. */
    endedAt: integer("ended_at"),
    /** The cycle passed while the rotation was paused: nobody met in it. */
    skipped: integer("skipped", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.programId, t.cycle] }), index("rotation_cycles_due").on(t.startedAt, t.startsAt)],
);

/** What someone said about their rotation partner at the end of a cycle: 1–5 and a line. */
export const rotationFeedback = sqliteTable(
  "rotation_feedback",
  {
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    cycle: integer("cycle").notNull(),
    fromId: text("from_id").notNull(),
    aboutId: text("about_id").notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.programId, t.cycle, t.fromId, t.aboutId] })],
);

export const GROUP_STATUSES = ["proposed", "published"] as const;
export const GROUP_ROLES = ["mentor", "mentee", "peer"] as const;

/** A mentoring group or peer circle of a program: proposed by the planner, published by the admin. */
export const groups = sqliteTable(
  "groups",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    status: text("status", { enum: GROUP_STATUSES }).notNull().default("proposed"),
    sharedInterests: text("shared_interests", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    reasons: text("reasons", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    nextMeetingAt: integer("next_meeting_at"),
    nextMeetingPlace: text("next_meeting_place").notNull().default(""),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("groups_program").on(t.programId, t.status)],
);

export const groupMembers = sqliteTable(
  "group_members",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: GROUP_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), index("group_members_person").on(t.personId)],
);

/** Notes on a group's shared page, by its members. */
export const groupNotes = sqliteTable(
  "group_notes",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    authorId: text("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("group_notes_group").on(t.groupId, t.createdAt)],
);

/** Someone who unsubscribed from a category of mail (by the link in it, or on their preferences page). */
export const mailOptOuts = sqliteTable(
  "mail_opt_outs",
  {
    email: text("email").notNull(),
    category: text("category").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.email, t.category] })],
);

import type { SurveyQuestion, SurveyTrigger } from "../domain/surveys/types";
export { QUESTION_TYPES, SURVEY_ANCHORS, type SurveyQuestion, type SurveyTrigger } from "../domain/surveys/types";

/** A survey of a program (or of an event): its questions, when it goes out, and for how long it is open. */
export const surveys = sqliteTable(
  "surveys",
  {
    id: text("id").primaryKey(),
    programId: text("program_id").references(() => programs.id, { onDelete: "cascade" }),
    eventId: text("event_id").references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    template: text("template").notNull().default("custom"),
    questions: text("questions", { mode: "json" }).$type<SurveyQuestion[]>().notNull(),
    trigger: text("trigger", { mode: "json" }).$type<SurveyTrigger>().notNull(),
    /** Days an invitation stays open for answers (and edits). */
    openDays: integer("open_days").notNull().default(14),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(false),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("surveys_program").on(t.programId), index("surveys_event").on(t.eventId)],
);

/**
 * One person's invitation to a survey about one subject (a mentorship, the program, an event): a one-click
 * link whose token only its hash is kept of. Unique per survey, person and subject, so a doubled tick
 * invites once.
 */
export const surveyInvitations = sqliteTable(
  "survey_invitations",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    /** The respondent's role in the subject (mentor, mentee, …), for breakdowns. */
    role: text("role").notNull().default(""),
    tokenHash: text("token_hash").notNull(),
    dueAt: integer("due_at").notNull(),
    closesAt: integer("closes_at").notNull(),
    respondedAt: integer("responded_at"),
    reminders: integer("reminders").notNull().default(0),
    lastRemindedAt: integer("last_reminded_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("survey_invitations_once").on(t.surveyId, t.personId, t.subject),
    uniqueIndex("survey_invitations_token").on(t.tokenHash),
    index("survey_invitations_open").on(t.surveyId, t.respondedAt, t.closesAt),
  ],
);

/**
 * Answers to a survey. `responseKey` is a hash of the invitation's token (not the hash the invitation
 * keeps), so the respondent can come back and edit, while an anonymous answer cannot be traced to its
 * invitation without the token; `invitationId` is kept only when the survey is not anonymous.
 */
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    responseKey: text("response_key").notNull(),
    invitationId: text("invitation_id"),
    role: text("role").notNull().default(""),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("survey_responses_key").on(t.responseKey), index("survey_responses_survey").on(t.surveyId)],
);

export const MEETING_KINDS = ["meeting", "shadowing"] as const;

/** A pair's meeting (or a job-shadowing session): when, where, what about, and notes afterwards. */
export const meetings = sqliteTable(
  "meetings",
  {
    id: text("id").primaryKey(),
    mentorshipId: text("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MEETING_KINDS }).notNull().default("meeting"),
    startsAt: integer("starts_at").notNull(),
    minutes: integer("minutes").notNull(),
    place: text("place").notNull().default(""),
    videoUrl: text("video_url"),
    agenda: text("agenda").notNull().default(""),
    notes: text("notes").notNull().default(""),
    notesBy: text("notes_by"),
    createdBy: text("created_by").notNull(),
    /** Grows with each change of time or place, so calendars update the invite they have. */
    sequence: integer("sequence").notNull().default(0),
    cancelledAt: integer("cancelled_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("meetings_mentorship").on(t.mentorshipId, t.startsAt), index("meetings_starts").on(t.startsAt)],
);

export const GOAL_HORIZONS = ["short", "long"] as const;

/** A mentee's goal in a mentorship, with milestones; the mentor comments. */
export const goals = sqliteTable(
  "goals",
  {
    id: text("id").primaryKey(),
    mentorshipId: text("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    horizon: text("horizon", { enum: GOAL_HORIZONS }).notNull(),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    dueOn: text("due_on"),
    doneAt: integer("done_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("goals_mentorship").on(t.mentorshipId)],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: text("id").primaryKey(),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: text("due_on"),
    doneAt: integer("done_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("milestones_goal").on(t.goalId), index("milestones_due").on(t.dueOn)],
);

export const goalComments = sqliteTable(
  "goal_comments",
  {
    id: text("id").primaryKey(),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    authorId: text("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("goal_comments_goal").on(t.goalId, t.createdAt)],
);

/**
 * Something to remind someone of (a meeting tomorrow, a quiet pair, a request waiting, a milestone due,
 * an event or a rotation cycle coming). Keyed, so each is noted once; the clock gathers a person's due
 * reminders into one digest (`digestKey`, also the digest mail's key) in their working hours.
 */
export const reminders = sqliteTable(
  "reminders",
  {
    key: text("key").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    link: text("link").notNull(),
    dueAt: integer("due_at").notNull(),
    digestKey: text("digest_key"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    index("reminders_person_due").on(t.personId, t.digestKey, t.dueAt),
    index("reminders_digest").on(t.digestKey),
  ],
);

export const IMPORT_STATUSES = ["staging", "running", "done", "failed"] as const;
export const IMPORT_OUTCOMES = ["created", "updated", "enrolled"] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/**
 * A people import: its rows are staged, prepared a chunk at a time by the import queue, then switched
 * live in one batch. `asAdmin` records the importer's authority when the file came in: only an admin's
 * import changes the profile of someone who already exists.
 */
export const imports = sqliteTable(
  "imports",
  {
    id: text("id").primaryKey(),
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    createdBy: text("created_by"),
    asAdmin: integer("as_admin", { mode: "boolean" }).notNull().default(false),
    /** Whether imported people get a welcome mail (the demo seed imports without). */
    welcome: integer("welcome", { mode: "boolean" }).notNull().default(true),
    /** The file's columns: only these are updated on people who already exist. */
    columns: text("columns", { mode: "json" }).$type<string[]>().notNull(),
    /** The origin for links in the welcome mail. */
    origin: text("origin").notNull().default(""),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("staging"),
    total: integer("total").notNull().default(0),
    /** Rows prepared so far, in row order: the next chunk starts after `preparedThrough`. */
    processed: integer("processed").notNull().default(0),
    preparedThrough: integer("prepared_through").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    enrolled: integer("enrolled").notNull().default(0),
    error: text("error"),
    createdAt: integer("created_at").notNull().default(now),
    finishedAt: integer("finished_at"),
  },
  (t) => [index("imports_program_created").on(t.programId, t.createdAt)],
);

/**
 * One staged row of an import, by its row number in the file. `data` holds the validated row and
 * `mail` its rendered welcome until the import goes live; then both are cleared and `outcome` stays.
 */
export const importRows = sqliteTable(
  "import_rows",
  {
    importId: text("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    row: integer("row").notNull(),
    email: text("email").notNull(),
    data: text("data"),
    mail: text("mail"),
    outcome: text("outcome", { enum: IMPORT_OUTCOMES }),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);
