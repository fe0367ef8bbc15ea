/**
 * @module features/events/routes
 * Speed-mentoring events: created by admins and program managers, who become hosts; people register
 * through the event's link; hosts check people in (or add walk-ins) and mark no-shows; the rotation
 * plan is made from who is present. The event day itself (check-in, plan, clock, picks) is in
 * features/events/day-routes.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { insertChunks } from "../../platform/statements";
import { requireUser } from "../auth";
import { emailDomainAllowed, publicOrigin } from "../../platform/config";
import { eventHosts, events } from "../../db/schema";
import { eventsFor, getEvent, register, registrationOf } from "./repo";
import { newJoinKey } from "../programs/repo/programs";
import { createEventSurvey } from "../surveys";
import { timingSafeEqual } from "../../platform/crypto";
import { badRequest, forbidden, notFound } from "../../platform/errors";
import { NO_SESSION, OPTIONAL_SESSION } from "../../platform/api-document";
import { router } from "../../platform/validate";
import { sendMail } from "../mail";
import { eventRegisteredMail } from "./mail";
import { eventInvite } from "./calendar";
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import { ensureHostPeople, inviteHosts } from "./hosts";
import { roleAt } from "./roles";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { EventCreateSchema, EventSchema, EventPublicSchema, RegisterSchema } from "./schemas";
import { hostedEvent } from "./access";
import { eventDto, joinUrl } from "./dto";

const tags = ["Events"];

export const eventRoutes = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/events",
      tags,
      summary: "Create a speed-mentoring event (admins and program managers); you become its host",
      request: jsonBody(EventCreateSchema),
      responses: {
        201: json(z.object({ id: z.string(), joinUrl: z.string() }).openapi("EventCreated"), "The event"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      if (!user.isAdmin && user.managedProgramIds.length === 0) throw forbidden();
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
      const id = crypto.randomUUID();
      const [event] = await c.var.db.batch([
        c.var.db
          .insert(events)
          .values({ ...input, id, startsAt: Date.parse(startsAt), joinKey: newJoinKey(), createdBy: user.id })
          .returning(),
        ...insertChunks(
          eventHosts,
          [...new Set([user.id, ...hosts.map((h) => h.id)])].map((personId) => ({ eventId: id, personId })),
        ).map((rows) => c.var.db.insert(eventHosts).values(rows)),
      ]);
      await createEventSurvey(c.var.db, id);
      const page = `${publicOrigin(c.var.config, c.req.url)}/host/events/${id}`;
      const others = hosts.filter((h) => h.id !== user.id);
      await inviteHosts(c.var.db, c.env.MAIL_QUEUE, { id, title: input.title }, user, others, page);
      return c.json({ id, joinUrl: joinUrl(c, event[0]!) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags,
      summary: "Events you host (all of them, for admins)",
      responses: {
        200: json(z.object({ items: z.array(EventSchema) }).openapi("EventList"), "Events"),
        401: errors[401],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const rows = await eventsFor(c.var.db, user.id, user.isAdmin);
      return c.json({ items: await Promise.all(rows.map((e) => eventDto(c, e))) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}",
      tags,
      summary: "An event with its hosts and registrations (hosts and admins)",
      request: { params: IdParam },
      responses: { 200: json(EventSchema, "The event"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      return c.json(await eventDto(c, event), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/register",
      tags,
      summary:
        "Register for an event through its link, as mentor or mentee (no role in a peer event), with your interests",
      request: { params: IdParam, ...jsonBody(RegisterSchema) },
      responses: {
        200: json(z.object({ status: z.string(), role: z.string() }).openapi("EventRegistration"), "Registered"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { key, interests, ...body } = c.req.valid("json");
      const event = await getEvent(c.var.db, c.req.valid("param").id);
      if (!event || !timingSafeEqual(event.joinKey, key)) throw notFound("Event");
      const role = roleAt(event, body.role);
      const row = await register(c.var.db, event.id, user.id, role, interests, null);
      const calendar = `${publicOrigin(c.var.config, c.req.url)}/api/events/${event.id}/calendar.ics?key=${event.joinKey}`;
      const when = new Date(event.startsAt).toLocaleString("en-GB", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: event.timezone,
      });
      await sendMail(c.var.db, c.env, `event-registered:${row.id}`, user.email, {
        ...eventRegisteredMail(
          user.name,
          { title: event.title, when: `${when} (${event.timezone})`, place: event.place },
          role,
          calendar,
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
        404: errors[404],
      },
    }),
    async (c) => {
      const event = await getEvent(c.var.db, c.req.valid("param").id);
      if (!event || !timingSafeEqual(event.joinKey, c.req.valid("query").key)) throw notFound("Event");
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
      responses: { 200: json(EventPublicSchema, "The event"), 404: errors[404] },
    }),
    async (c) => {
      const event = await getEvent(c.var.db, c.req.valid("param").id);
      if (!event || !timingSafeEqual(event.joinKey, c.req.valid("query").key)) throw notFound("Event");
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
