/**
 * @module features/events/routes
 * Speed-mentoring events: created by admins and program managers, who become hosts; people register
 * through the event's link; hosts check people in (or add walk-ins) and mark no-shows; the rotation
 * plan is made from who is present. The event day itself (check-in, plan, clock, picks) is in
 * features/events/day-routes.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { NO_SESSION, OPTIONAL_SESSION } from "../../platform/api-document";
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import { emailDomainAllowed, publicOrigin } from "../../platform/config";
import { timingSafeEqual } from "../../platform/crypto";
import { badRequest, notFound } from "../../platform/errors";
import { IdParam, json, jsonBody, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { signedIn } from "../auth";
import { mailerOf, sendMail } from "../mail";
import { newJoinKey } from "../programs";
import { createEventSurvey } from "../surveys";
import { hostGuard, organiser } from "./access";
import { eventInvite } from "./calendar";
import { eventDto, joinUrl } from "./dto";
import { inviteHosts } from "./hosts";
import { eventRegisteredMail } from "./mail";
import { ensureHostPeople, eventsFor, getEvent, insertEvent, register, registrationOf } from "./repo/events";
import { roleAt } from "./roles";
import { EventCreateSchema, EventSchema, EventPublicSchema, RegisterSchema } from "./schemas";

const tags = ["Events"];

/** The event behind a shared link: its id and its key, or a 404 that says nothing of which was wrong. */
async function linkedEvent(c: Parameters<typeof eventDto>[0], id: string, key: string) {
  const event = await getEvent(c.var.db, id);
  if (!event || !timingSafeEqual(event.joinKey, key)) throw notFound("Event");
  return event;
}

export const eventRoutes = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/events",
      tags,
      summary: "Create a speed-mentoring event (admins and program managers); you become its host",
      middleware: [organiser] as const,
      request: jsonBody(EventCreateSchema),
      responses: {
        201: json(z.object({ id: z.string(), joinUrl: z.string() }).openapi("EventCreated"), "The event"),
        ...refusals(400, 401, 403),
      },
    }),
    async (c) => {
      const user = c.var.me;
      const { hostEmails, startsAt, ...fields } = c.req.valid("json");
      const input = fields.mode === "peer" ? { ...fields, menteesPerTable: 1 } : fields;
      if (input.programId && !user.isAdmin && !user.managedProgramIds.includes(input.programId)) {
        throw badRequest("invalid_input", "Some fields are not valid.", { programId: "Choose a program you manage." });
      }
      const outside = hostEmails.filter((e) => !emailDomainAllowed(c.var.config, e));
      if (outside.length) {
        throw badRequest("invalid_input", "Some fields are not valid.", {
          hostEmails: `Use work emails (${c.var.config.allowedDomains.map((d) => "@" + d).join(", ")}).`,
        });
      }
      const hosts = await ensureHostPeople(c.var.db, [...new Set(hostEmails)]);
      const hostIds = [...new Set([user.id, ...hosts.map((h) => h.id)])];
      const values = { ...input, startsAt: Date.parse(startsAt), joinKey: newJoinKey(), createdBy: user.id };
      const event = await insertEvent(c.var.db, values, hostIds);
      await createEventSurvey(c.var.db, event.id);
      const others = hosts.filter((h) => h.id !== user.id);
      await inviteHosts(mailerOf(c), event, user, others);
      return c.json({ id: event.id, joinUrl: joinUrl(c, event) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags,
      summary: "Events you host (all of them, for admins)",
      middleware: [signedIn] as const,
      responses: {
        200: json(z.object({ items: z.array(EventSchema) }).openapi("EventList"), "Events"),
        ...refusals(401),
      },
    }),
    async (c) => {
      const rows = await eventsFor(c.var.db, c.var.me.id, c.var.me.isAdmin);
      return c.json({ items: await Promise.all(rows.map((e) => eventDto(c, e))) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}",
      tags,
      summary: "An event with its hosts and registrations (hosts and admins)",
      middleware: [hostGuard] as const,
      request: { params: IdParam },
      responses: { 200: json(EventSchema, "The event"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await eventDto(c, c.var.event), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/register",
      tags,
      summary:
        "Register for an event through its link, as mentor or mentee (no role in a peer event), with your interests",
      middleware: [signedIn] as const,
      request: { params: IdParam, ...jsonBody(RegisterSchema) },
      responses: {
        200: json(z.object({ status: z.string(), role: z.string() }).openapi("EventRegistration"), "Registered"),
        ...refusals(400, 401, 404),
      },
    }),
    async (c) => {
      const user = c.var.me;
      const { key, interests, ...body } = c.req.valid("json");
      const event = await linkedEvent(c, c.req.valid("param").id, key);
      const role = roleAt(event, body.role);
      const row = await register(c.var.db, event.id, user.id, role, interests, null);
      const when = new Date(event.startsAt).toLocaleString("en-GB", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: event.timezone,
      });
      await sendMail(c.var.db, c.env, `event-registered:${row.id}`, user.email, {
        ...eventRegisteredMail(
          user.name,
          {
            id: event.id,
            key: event.joinKey,
            title: event.title,
            when: `${when} (${event.timezone})`,
            place: event.place,
          },
          role,
          publicOrigin(c.var.config, c.req.url),
        ),
        attachments: [
          inviteAttachment(eventInvite(event, joinUrl(c, event), organizerFrom(c.env.MAIL_FROM), user), "REQUEST"),
        ],
      });
      return c.json({ status: row.status, role: row.role }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/calendar.ics",
      security: NO_SESSION,
      tags,
      summary: "The event as a calendar invite (anyone with the link)",
      request: { params: IdParam, query: z.object({ key: z.string().max(100).default("") }) },
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "An iCalendar file" },
        ...refusals(404),
      },
    }),
    async (c) => {
      const event = await linkedEvent(c, c.req.valid("param").id, c.req.valid("query").key);
      return c.body(eventInvite(event, joinUrl(c, event), organizerFrom(c.env.MAIL_FROM)), 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="tandem-event.ics"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/public",
      security: OPTIONAL_SESSION,
      tags,
      summary: "What the event's link shows: when, where, how it runs, and your registration if any",
      request: { params: IdParam, query: z.object({ key: z.string().max(100).default("") }) },
      responses: { 200: json(EventPublicSchema, "The event"), ...refusals(404) },
    }),
    async (c) => {
      const event = await linkedEvent(c, c.req.valid("param").id, c.req.valid("query").key);
      const mine = c.var.user ? await registrationOf(c.var.db, event.id, c.var.user.id) : null;
      return c.json(
        {
          id: event.id,
          title: event.title,
          description: event.description,
          mode: event.mode,
          startsAt: event.startsAt,
          timezone: event.timezone,
          place: event.place,
          videoUrl: event.videoUrl,
          roundMinutes: event.roundMinutes,
          breakMinutes: event.breakMinutes,
          menteesPerTable: event.menteesPerTable,
          registration: mine ? { role: mine.role, status: mine.status, interests: mine.interests } : null,
        },
        200,
      );
    },
  );
