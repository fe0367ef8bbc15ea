/**
 * @module db/schema/programs
 * Programs, who manages them, and who is enrolled in which role.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROLES } from "../../domain/roles";
import { RETENTION_MONTHS } from "../../domain/audit";
import { ENROLLMENT_STATUSES } from "../../domain/statuses";
import { PROGRAM_KINDS, MATCH_MODES, PAUSE_REASONS, FORMATS, FREQUENCIES } from "../../domain/kinds";
import type { SkillLevel, StoredMatchSettings } from "../../domain/values";
import type { AgreementTerms, JourneyStep } from "../../domain/journeys/journey";
import { id, jsonList, ownedBy, timestamps } from "./columns";
import { peopleIn, personRef } from "./people";

export const programs = sqliteTable(
  "programs",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: PROGRAM_KINDS }).notNull(),
    description: text("description").notNull().default(""),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    defaultCapacity: integer("default_capacity").notNull().default(2),
    skills: jsonList("skills"),
    profileFields: jsonList("profile_fields"),
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
    /** Days without a meeting after which an active pair counts as quiet, then stalled (program insights). */
    quietDays: integer("quiet_days").notNull().default(21),
    stalledDays: integer("stalled_days").notNull().default(42),
    /** Days without a meeting after which an active pair that has not said it goes on is ended; null: never. */
    autoEndDays: integer("auto_end_days"),
    /** How often pairs are expected to meet, in days; it sets quietDays and stalledDays when it changes. */
    meetingEveryDays: integer("meeting_every_days"),
    /** The program's journey: a handful of steps, bounded, so one JSON column (not a list that grows). */
    journey: jsonList<JourneyStep>("journey"),
    /** The mentoring agreement pairs start from; null: the pair writes their own. */
    agreementTerms: text("agreement_terms", { mode: "json" }).$type<AgreementTerms>(),
    /** Mentors are matched only once a manager accepted their application. */
    mentorsNeedApproval: integer("mentors_need_approval", { mode: "boolean" }).notNull().default(false),
    /** The template the program started from, if any (its starter resources are the template's). */
    templateId: text("template_id"),
    /** Months after the program's end at which its data is deleted (README, "Retention"). */
    retentionMonths: integer("retention_months").notNull().default(RETENTION_MONTHS.default),
    ...timestamps(),
  },
  (t) => [uniqueIndex("programs_slug_unique").on(t.slug)],
);
/** The program a row belongs to: deleted along with it. */
export const programRef = () => ownedBy("program_id", () => programs.id);

export const programManagers = peopleIn("program_managers", { programId: programRef() });

export const enrollments = sqliteTable(
  "enrollments",
  {
    id: id(),
    programId: programRef(),
    personId: personRef(),
    role: text("role", { enum: ROLES }).notNull(),
    status: text("status", { enum: ENROLLMENT_STATUSES }).notNull().default("pending"),
    capacity: integer("capacity"),
    goals: text("goals").notNull().default(""),
    skillsOffered: jsonList<SkillLevel>("skills_offered"),
    skillsSought: jsonList<SkillLevel>("skills_sought"),
    format: text("format", { enum: FORMATS }),
    frequency: text("frequency", { enum: FREQUENCIES }),
    consentAt: integer("consent_at"),
    /** A mentor who takes no new requests (set by themselves, or after letting requests lapse). */
    pausedAt: integer("paused_at"),
    pausedBecause: text("paused_because", { enum: PAUSE_REASONS }),
    /** When the mentor last resumed; lapses before it no longer count towards a pause. */
    resumedAt: integer("resumed_at"),
    confirmedAt: integer("confirmed_at"),
    withdrawnAt: integer("withdrawn_at"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("enrollments_program_person").on(t.programId, t.personId),
    index("enrollments_person").on(t.personId),
    index("enrollments_program_status_role").on(t.programId, t.status, t.role),
  ],
);
