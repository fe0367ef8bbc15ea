/** @module features/meetings/schemas — a pair's meetings and job-shadowing sessions, and notes afterwards. */
import { z } from "@hono/zod-openapi";
import { MEETING_KINDS } from "../../domain/kinds";
import { httpUrl, placeText } from "../../platform/schemas";

const when = z.iso.datetime({ offset: true, message: "Use a date and time like 2027-03-04T09:00:00Z." });
const fields = {
  startsAt: when,
  minutes: z.number().int().min(10, "At least 10 minutes.").max(480, "At most 8 hours."),
  place: placeText(200),
  videoUrl: httpUrl.max(500).nullable(),
  agenda: z.string().trim().max(2000),
};

export const MeetingCreateSchema = z
  .object({
    ...fields,
    kind: z.enum(MEETING_KINDS).default("meeting").openapi({ description: "shadowing: a job-shadowing session" }),
    place: fields.place.default(""),
    videoUrl: fields.videoUrl.default(null),
    agenda: fields.agenda.default(""),
  })
  .openapi("MeetingCreate");

export const MeetingUpdateSchema = z.object(fields).partial().openapi("MeetingUpdate");

export const NotesSchema = z.object({ notes: z.string().trim().max(4000) }).openapi("MeetingNotes");

export const MeetingSchema = z
  .object({
    id: z.string(),
    mentorshipId: z.string(),
    kind: z.enum(MEETING_KINDS),
    startsAt: z.number(),
    minutes: z.number(),
    place: z.string(),
    videoUrl: z.string().nullable(),
    agenda: z.string(),
    notes: z.string(),
    notesBy: z.string().nullable(),
    cancelled: z.boolean(),
    calendarUrl: z.string(),
  })
  .openapi("Meeting");
