/**
 * @module features/meetings/routes
 * A pair's meetings: either person schedules one (or a job-shadowing session), moves or cancels it,
 * and logs short notes after it; each change mails the other person a calendar invite that updates
 * the one they have (same uid, growing sequence). One mail per person per version (keyed). The
 * program's organisers read a pair's meetings but do not change them, so each mail truly comes from the partner.
 */
import { z } from "@hono/zod-openapi";
import { publicOrigin, type Config } from "../../platform/config";
import { ApiError } from "../../platform/errors";
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { mailerOf } from "../mail";
import { mentorshipGuard } from "../mentorships";
import { meetingGuard } from "./access";
import { inviteOf, tellPartner } from "./notify";
import { firstAgenda } from "../../domain/journeys/journey";
import { getProgram } from "../programs";
import {
  cancelMeeting,
  hasMeetings,
  insertMeeting,
  meetingsOf,
  pairPeople,
  saveNotes,
  updateMeeting,
  type Meeting,
} from "./repo";
import { MeetingCreateSchema, MeetingSchema, MeetingUpdateSchema, NotesSchema } from "./schemas";
import { requestLanguage } from "../../platform/request-language";

const route = routesFor(["Meetings"]);
const pairMeetingRoute = route.with({ middleware: [meetingGuard({ pairOnly: true })] as const, params: IdParam });

type Ctx = { var: { config: Config }; req: { url: string } };
const dto = (c: Ctx, m: Meeting) => ({
  id: m.id,
  mentorshipId: m.mentorshipId,
  kind: m.kind,
  startsAt: m.startsAt,
  minutes: m.minutes,
  place: m.place,
  videoUrl: m.videoUrl,
  agenda: m.agenda,
  notes: m.notes,
  notesBy: m.notesBy,
  cancelled: m.cancelledAt !== null,
  calendarUrl: `${publicOrigin(c.var.config, c.req.url)}/api/meetings/${m.id}/calendar.ics`,
});

/** Mails the partner from a route: the request's mailer, and the sender address invites name. */
const partnerMailer = (c: Parameters<typeof mailerOf>[0]) => ({ ...mailerOf(c), mailFrom: c.env.MAIL_FROM });

/** Mounted at `/mentorships/:id/meetings`. */
export const mentorshipMeetingRoutes = router()
  .openapi(
    route.get("/", "A pair's meetings, soonest first (the pair, or managers)", {
      middleware: [mentorshipGuard({ pages: true })] as const,
      params: IdParam,
      responses: { 200: json(itemsOf(MeetingSchema, "MeetingList"), "Meetings"), ...refusals(401, 404) },
    }),
    async (c) => {
      const rows = await meetingsOf(c.var.db, c.var.mentorship.id);
      return c.json({ items: rows.map((r) => dto(c, r)) }, 200);
    },
  )
  .openapi(
    route.post("/", "Schedule a meeting or a job-shadowing session; the other person gets an invite (the pair)", {
      description:
        "The pair's first meeting, given no agenda, takes the first step of the program's journey as its agenda.",
      middleware: [mentorshipGuard({ pages: true, pairOnly: true })] as const,
      params: IdParam,
      body: MeetingCreateSchema,
      responses: { 201: json(MeetingSchema, "The meeting"), ...refusals(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      if (m.status !== "active") throw new ApiError(409, "not_active", "Meetings are for active mentorships.");
      const { startsAt, ...body } = c.req.valid("json");
      // The first meeting without an agenda takes the journey's first step as its agenda.
      if (!body.agenda && !(await hasMeetings(c.var.db, m.id))) {
        body.agenda = firstAgenda((await getProgram(c.var.db, m.programId))?.journey ?? []);
      }
      const meeting = await insertMeeting(c.var.db, {
        mentorshipId: m.id,
        startsAt: Date.parse(startsAt),
        createdBy: me.id,
        ...body,
      });
      await tellPartner(partnerMailer(c), m, meeting, me.id, "scheduled");
      return c.json(dto(c, meeting), 201);
    },
  );

/** Mounted at `/meetings/:id`. */
export const meetingRoutes = router()
  .openapi(
    pairMeetingRoute.patch(
      "/",
      "Move a meeting or change its place or agenda; a new time sends an updated invite (the pair)",
      {
        body: MeetingUpdateSchema,
        responses: { 200: json(MeetingSchema, "The meeting"), ...refusals(400, 401, 403, 404, 409) },
      },
    ),
    async (c) => {
      const { me, mentorship: m, meeting } = c.var;
      if (meeting.cancelledAt) throw new ApiError(409, "cancelled", "This meeting was cancelled.");
      const { startsAt, ...rest } = c.req.valid("json");
      const at = startsAt ? Date.parse(startsAt) : meeting.startsAt;
      const moved =
        at !== meeting.startsAt ||
        (rest.minutes ?? meeting.minutes) !== meeting.minutes ||
        (rest.place ?? meeting.place) !== meeting.place;
      const saved = await updateMeeting(c.var.db, meeting.id, {
        ...rest,
        startsAt: at,
        sequence: moved ? meeting.sequence + 1 : meeting.sequence,
      });
      if (moved) await tellPartner(partnerMailer(c), m, saved, me.id, "moved");
      return c.json(dto(c, saved), 200);
    },
  )
  .openapi(
    pairMeetingRoute.post("/cancel", "Cancel a meeting; the other person's calendar drops it (the pair)", {
      responses: { 200: json(MeetingSchema, "The meeting"), ...refusals(401, 403, 404) },
    }),
    async (c) => {
      const { me, mentorship: m, meeting } = c.var;
      const saved = await cancelMeeting(c.var.db, meeting, Date.now());
      if (saved) await tellPartner(partnerMailer(c), m, saved, me.id, "cancelled");
      return c.json(dto(c, saved ?? meeting), 200);
    },
  )
  .openapi(
    pairMeetingRoute.put("/notes", "Log short notes once the meeting has started (the pair)", {
      body: NotesSchema,
      responses: { 200: json(MeetingSchema, "The meeting"), ...refusals(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { me, meeting } = c.var;
      if (meeting.startsAt > Date.now())
        throw new ApiError(409, "not_yet", "Notes come after the meeting has started.");
      if (meeting.cancelledAt) throw new ApiError(409, "cancelled", "This meeting was cancelled.");
      return c.json(dto(c, await saveNotes(c.var.db, meeting.id, c.req.valid("json").notes, me.id)), 200);
    },
  )
  .openapi(
    route.get("/calendar.ics", "The meeting as a calendar invite (the pair)", {
      middleware: [meetingGuard()] as const,
      params: IdParam,
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "An iCalendar file" },
        ...refusals(401, 404),
      },
    }),
    async (c) => {
      const { mentorship: m, meeting } = c.var;
      const invite = inviteOf(meeting, await pairPeople(c.var.db, m), c.env.MAIL_FROM, requestLanguage(c));
      return c.body(invite, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="tandem-meeting.ics"`,
      });
    },
  );
