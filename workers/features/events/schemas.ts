/** @module features/events/schemas — speed-mentoring events: creation, registration, check-in and the plan. */
import { z } from "@hono/zod-openapi";
import { EVENT_MODES } from "../../domain/kinds";
import { EVENT_ROLES } from "../../domain/roles";
import { REGISTRATION_STATUSES } from "../../domain/statuses";
import { emailSchema, isTimeZone } from "../../domain/profile";
import { httpUrl, personName, placeText } from "../../platform/schemas";

export const EventCreateSchema = z
  .object({
    title: z.string().trim().min(1, "Give the event a title.").max(120),
    description: z.string().trim().max(4000).default(""),
    mode: z.enum(EVENT_MODES).default("mentoring").openapi({
      description:
        "mentoring: mentors keep a table, mentees rotate; peer: no roles, pairs rotate until everyone has met",
    }),
    startsAt: z.iso.datetime({ offset: true, message: "Use a date and time like 2027-03-04T09:00:00Z." }),
    timezone: z.string().refine(isTimeZone, "Use a time zone like Europe/Berlin."),
    place: placeText(200).default(""),
    videoUrl: httpUrl.max(500).nullable().default(null),
    roundMinutes: z.number().int().min(1).max(60),
    breakMinutes: z.number().int().min(0).max(30),
    rounds: z.number().int().min(1).max(30).nullable().default(null).openapi({
      description:
        "Null: as many rounds as give everyone a new partner (one per table; in a peer event, one fewer than the people present, or as many when odd)",
    }),
    tables: z.number().int().min(1).max(200).openapi({ description: "In a peer event, tables for two" }),
    menteesPerTable: z.number().int().min(1).max(3).default(1).openapi({ description: "Always 1 in a peer event" }),
    programId: z.string().max(64).nullable().default(null),
    hostEmails: z.array(emailSchema).max(20).default([]),
  })
  .openapi("EventCreate");

/** What every view of an event shows: what it is, when and where, and how its rounds run. */
const eventFields = {
  id: z.string(),
  title: z.string(),
  description: z.string(),
  mode: z.enum(EVENT_MODES),
  startsAt: z.number(),
  timezone: z.string(),
  place: z.string(),
  videoUrl: z.string().nullable(),
  roundMinutes: z.number(),
  breakMinutes: z.number(),
};

/** Someone registered, as the event's hosts see them. */
export const RegistrationSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    email: z.string(),
    department: z.string(),
    title: z.string(),
    role: z.enum(EVENT_ROLES),
    interests: z.array(z.string()),
    status: z.enum(REGISTRATION_STATUSES),
    walkIn: z.boolean(),
    checkedInAt: z.number().nullable(),
  })
  .openapi("EventRegistration");

const hostedFields = {
  ...eventFields,
  rounds: z.number().nullable(),
  tables: z.number(),
  menteesPerTable: z.number(),
  programId: z.string().nullable(),
  joinUrl: z.string(),
  planned: z.boolean().openapi({ description: "Whether the plan seats at least one pair: the clock can start" }),
  finishedAt: z.number().nullable(),
  hosts: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
};

export const EventSchema = z.object({ ...hostedFields, registrations: z.array(RegistrationSchema) }).openapi("Event");

/** An event in a list: how many registered and how many came, not each registration. */
export const EventSummarySchema = z
  .object({ ...hostedFields, registered: z.number().int(), present: z.number().int() })
  .openapi("EventSummary");

/** What a check-in, walk-in or attendance change answers: the one registration it changed. */
export const RegistrationChangedSchema = z.object({ registration: RegistrationSchema }).openapi("RegistrationChanged");

/** What registering says, signed in or not: the event's link key, the role and the interests. */
const registrationFields = {
  key: z.string().min(1).max(100),
  role: z
    .enum(EVENT_ROLES)
    .optional()
    .openapi({ description: "mentor or mentee; leave out (or peer) in a peer event" }),
  interests: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(10).default([]),
};

export const RegisterSchema = z.object(registrationFields).openapi("EventRegister");

export const EventSignUpSchema = z
  .object({
    ...registrationFields,
    name: personName,
    email: emailSchema,
  })
  .openapi("EventSignUp");

export const EventSignUpConfirmSchema = z.object({ token: z.string().min(16).max(128) }).openapi("EventSignUpConfirm");

export const EventSignedUpSchema = z
  .object({
    status: z.enum(REGISTRATION_STATUSES),
    role: z.enum(EVENT_ROLES),
    signedIn: z.boolean().openapi({ description: "False when the link was used before: sign in to follow the day" }),
  })
  .openapi("EventSignedUp");

export const CheckinSchema = z
  .union([
    z.object({ personId: z.string().min(1).max(64) }),
    z.object({
      name: personName,
      email: emailSchema,
      role: z.enum(EVENT_ROLES).optional().openapi({ description: "mentor or mentee; leave out in a peer event" }),
      interests: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(10).default([]),
    }),
  ])
  .openapi("EventCheckin", { description: "A registered person by id, or a walk-in by name, email and role" });

export const AttendanceSchema = z
  .object({ personId: z.string().min(1).max(64), status: z.enum(["no-show", "left"]) })
  .openapi("EventAttendance");

export const PlanSchema = z
  .object({
    rounds: z.array(
      z.object({
        round: z.number(),
        tables: z.array(
          z.object({
            table: z.number(),
            mentorId: z.string().openapi({ description: "In a peer event, the first of the pair" }),
            menteeIds: z.array(z.string()).openapi({ description: "In a peer event, the other of the pair" }),
          }),
        ),
        sittingOut: z.array(z.string()),
      }),
    ),
  })
  .openapi("EventPlan");

export const ReplanSchema = z
  .object({
    afterRound: z.number().int().min(0).max(30).default(0).openapi({
      description: "Keep rounds up to this one as they are (the one under way); plan the rest again",
    }),
  })
  .openapi("EventReplan");

export const EventPublicSchema = z
  .object({
    ...eventFields,
    menteesPerTable: z.number(),
    registration: z
      .object({ role: z.enum(EVENT_ROLES), status: z.enum(REGISTRATION_STATUSES), interests: z.array(z.string()) })
      .nullable()
      .openapi({ description: "Yours, when you are signed in and registered" }),
  })
  .openapi("EventPublic");

const Someone = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  department: z.string(),
  interests: z.array(z.string()),
});
export const MySeatsSchema = z
  .object({
    role: z.enum(EVENT_ROLES),
    rounds: z.array(
      z.object({
        round: z.number(),
        table: z.number().nullable().openapi({ description: "Null when you sit this round out" }),
        partners: z.array(Someone).openapi({ description: "Whom you meet: the mentor, or your mentees" }),
      }),
    ),
  })
  .openapi("MySeats");

export const ControlSchema = z
  .object({ action: z.enum(["start", "pause", "resume", "extend", "next", "end"]) })
  .openapi("EventControl");

export const LiveStateSchema = z
  .object({
    type: z.literal("state"),
    phase: z.enum(["lobby", "round", "break", "finished"]),
    round: z.number().openapi({ description: "The round under way, or just played during a break" }),
    rounds: z.number(),
    paused: z.boolean(),
    endsAt: z
      .number()
      .nullable()
      .openapi({ description: "When the round or break ends (epoch ms); null when not timed" }),
    remainingMs: z.number().optional().openapi({ description: "While paused, the time left" }),
    serverNow: z.number(),
    version: z.number(),
  })
  .openapi("EventLiveState");

export const PicksSchema = z
  .object({
    picks: z.array(z.string()).openapi({ description: "Whom you would like to keep meeting" }),
    mutual: z.array(z.string()).openapi({ description: "Those of them who picked you too" }),
    contacts: z
      .array(z.object({ id: z.string(), name: z.string(), email: z.string() }))
      .openapi({ description: "How to reach those who picked you too" }),
  })
  .openapi("EventPicks");

export const PicksUpdateSchema = z
  .object({ personIds: z.array(z.string().min(1).max(64)).max(30) })
  .openapi("EventPicksUpdate");
