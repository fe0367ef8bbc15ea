/**
 * @module features/meetings/routes
 * A pair's meetings: either person schedules one (or a job-shadowing session), moves or cancels it,
 * and logs short notes after it; each change mails the other person a calendar invite that updates
 * the one they have (same uid, growing sequence). One mail per person per version (keyed). The
 * program's organisers read a pair's meetings but do not change them, so each mail truly comes from the partner.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { mentorshipPages, requirePairMember } from "../mentorships/access";
import { publicOrigin } from "../../platform/config";
import { meetings } from "../../db/schema";
import { ApiError, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { inviteOf, pairOf, tellPartner } from "./notify";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { MeetingCreateSchema, MeetingSchema, MeetingUpdateSchema, NotesSchema } from "./schemas";

const tags = ["Meetings"];
type Meeting = typeof meetings.$inferSelect;

const dto = (c: Context<AppEnv>, m: Meeting) => ({
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

/** A meeting and its mentorship, for its pair (or the program's managers). */
async function ownMeeting(c: Context<AppEnv>, id: string) {
  const [meeting] = await c.var.db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) throw notFound("Meeting");
  return { meeting, ...(await mentorshipPages(c, meeting.mentorshipId)) };
}

export const meetingRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/mentorships/{id}/meetings",
      tags,
      summary: "A pair's meetings, soonest first (the pair, or managers)",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(MeetingSchema) }).openapi("MeetingList"), "Meetings"),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const { m } = await mentorshipPages(c, c.req.valid("param").id);
      const rows = await c.var.db
        .select()
        .from(meetings)
        .where(eq(meetings.mentorshipId, m.id))
        .orderBy(asc(meetings.startsAt));
      return c.json({ items: rows.map((r) => dto(c, r)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mentorships/{id}/meetings",
      tags,
      summary: "Schedule a meeting or a job-shadowing session; the other person gets an invite (the pair)",
      request: { params: IdParam, ...jsonBody(MeetingCreateSchema) },
      responses: {
        201: json(MeetingSchema, "The meeting"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, m } = await mentorshipPages(c, c.req.valid("param").id);
      requirePairMember(user, m);
      if (m.status !== "active") throw new ApiError(409, "not_active", "Meetings are for active mentorships.");
      const { startsAt, ...body } = c.req.valid("json");
      const [meeting] = await c.var.db
        .insert(meetings)
        .values({
          id: crypto.randomUUID(),
          mentorshipId: m.id,
          startsAt: Date.parse(startsAt),
          createdBy: user.id,
          ...body,
        })
        .returning();
      await tellPartner(c, m, meeting!, user.id, "scheduled");
      return c.json(dto(c, meeting!), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/meetings/{id}",
      tags,
      summary: "Move a meeting or change its place or agenda; a new time sends an updated invite (the pair)",
      request: { params: IdParam, ...jsonBody(MeetingUpdateSchema) },
      responses: {
        200: json(MeetingSchema, "The meeting"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, m, meeting } = await ownMeeting(c, c.req.valid("param").id);
      requirePairMember(user, m);
      if (meeting.cancelledAt) throw new ApiError(409, "cancelled", "This meeting was cancelled.");
      const { startsAt, ...rest } = c.req.valid("json");
      const at = startsAt ? Date.parse(startsAt) : meeting.startsAt;
      const moved =
        at !== meeting.startsAt ||
        (rest.minutes ?? meeting.minutes) !== meeting.minutes ||
        (rest.place ?? meeting.place) !== meeting.place;
      const [saved] = await c.var.db
        .update(meetings)
        .set({ ...rest, startsAt: at, sequence: moved ? meeting.sequence + 1 : meeting.sequence })
        .where(eq(meetings.id, meeting.id))
        .returning();
      if (moved) await tellPartner(c, m, saved!, user.id, "moved");
      return c.json(dto(c, saved!), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/meetings/{id}/cancel",
      tags,
      summary: "Cancel a meeting; the other person's calendar drops it (the pair)",
      request: { params: IdParam },
      responses: { 200: json(MeetingSchema, "The meeting"), 401: errors[401], 403: errors[403], 404: errors[404] },
    }),
    async (c) => {
      const { user, m, meeting } = await ownMeeting(c, c.req.valid("param").id);
      requirePairMember(user, m);
      const [saved] = await c.var.db
        .update(meetings)
        .set({ cancelledAt: Date.now(), sequence: meeting.sequence + 1 })
        .where(and(eq(meetings.id, meeting.id), isNull(meetings.cancelledAt)))
        .returning();
      if (saved) await tellPartner(c, m, saved, user.id, "cancelled");
      return c.json(dto(c, saved ?? meeting), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/meetings/{id}/notes",
      tags,
      summary: "Log short notes once the meeting has started (the pair)",
      request: { params: IdParam, ...jsonBody(NotesSchema) },
      responses: {
        200: json(MeetingSchema, "The meeting"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, m, meeting } = await ownMeeting(c, c.req.valid("param").id);
      requirePairMember(user, m);
      if (meeting.startsAt > Date.now())
        throw new ApiError(409, "not_yet", "Notes come after the meeting has started.");
      if (meeting.cancelledAt) throw new ApiError(409, "cancelled", "This meeting was cancelled.");
      const [saved] = await c.var.db
        .update(meetings)
        .set({ notes: c.req.valid("json").notes, notesBy: user.id })
        .where(eq(meetings.id, meeting.id))
        .returning();
      return c.json(dto(c, saved!), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/calendar.ics",
      tags,
      summary: "The meeting as a calendar invite (the pair)",
      request: { params: IdParam },
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "An iCalendar file" },
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const { m, meeting } = await ownMeeting(c, c.req.valid("param").id);
      return c.body(inviteOf(c, meeting, await pairOf(c, m)), 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="tandem-meeting.ics"`,
      });
    },
  );
