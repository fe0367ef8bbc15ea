/**
 * @module features/events/routes
 * Speed-mentoring events: created by admins and program managers, who become hosts; people register
 * through the event's link; hosts check people in (or add walk-ins) and mark no-shows; the rotation
 * plan is made from who is present. The event day itself (check-in, plan, clock, picks) is in
 * features/events/day-routes.
 */
import { z } from "@hono/zod-openapi";
import { NO_SESSION, OPTIONAL_SESSION } from "../../platform/api-document";
import { organizerFrom } from "../../platform/calendar";
import { emailDomainAllowed } from "../../platform/config";
import { badRequest } from "../../platform/errors";

import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { mailerOf } from "../mail";
import { newJoinKey } from "../programs";
import { createEventSurvey } from "../surveys";
import { hostGuard, linkedEvent, organiser } from "./access";
import { eventInvite } from "./calendar";
import { eventDto, eventSummaries, joinUrl } from "./dto";
import { inviteHosts } from "./hosts";
import { ensureHostPeople, eventsFor, insertEvent, register, registrationOf } from "./repo/events";
import { assertOpen, mailRegistered } from "./registration";
import { roleAt } from "./roles";
import { EventCreateSchema, EventSchema, EventPublicSchema, EventSummarySchema, RegisterSchema } from "./schemas";
import { requestLanguage } from "../../platform/request-language";

const { route, signedInRoute } = guardedRoutesFor(["Events"]);
/** The event's link: its id and join key, open to anyone who has it. */
const linkRoute = route.with({ params: IdParam, query: z.object({ key: z.string().max(100).default("") }) });

export const eventRoutes = router()
  .openapi(
    route.post("/", "Create a speed-mentoring event (admins and program managers); you become its host", {
      middleware: [organiser] as const,
      body: EventCreateSchema,
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
    signedInRoute.get("/", "Events you host (all of them, for admins)", {
      responses: { 200: json(itemsOf(EventSummarySchema, "EventList"), "Events"), ...refusals(401) },
    }),
    async (c) => {
      const rows = await eventsFor(c.var.db, c.var.me.id, c.var.me.isAdmin);
      return c.json({ items: await eventSummaries(c, rows) }, 200);
    },
  )
  .openapi(
    route.get("/{id}", "An event with its hosts and registrations (hosts and admins)", {
      middleware: [hostGuard] as const,
      params: IdParam,
      responses: { 200: json(EventSchema, "The event"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await eventDto(c, c.var.event), 200),
  )
  .openapi(
    signedInRoute.post(
      "/{id}/register",
      "Register for an event through its link, as mentor or mentee (no role in a peer event), with your interests",
      {
        params: IdParam,
        body: RegisterSchema,
        responses: {
          200: json(z.object({ status: z.string(), role: z.string() }).openapi("EventRegistration"), "Registered"),
          ...refusals(400, 401, 404, 409),
        },
      },
    ),
    async (c) => {
      const user = c.var.me;
      const { key, interests, ...body } = c.req.valid("json");
      const event = await linkedEvent(c, c.req.valid("param").id, key);
      const role = roleAt(event, body.role);
      const before = await registrationOf(c.var.db, event.id, user.id);
      if (!before) await assertOpen(c, event, role);
      const row = await register(c.var.db, event.id, user.id, role, interests, null);
      await mailRegistered(c, event, { ...user, language: requestLanguage(c) }, row);
      return c.json({ status: row.status, role: row.role }, 200);
    },
  )
  .openapi(
    linkRoute.get("/{id}/calendar.ics", "The event as a calendar invite (anyone with the link)", {
      security: NO_SESSION,
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
    linkRoute.get(
      "/{id}/public",
      "What the event's link shows: when, where, how it runs, and your registration if any",
      { security: OPTIONAL_SESSION, responses: { 200: json(EventPublicSchema, "The event"), ...refusals(404) } },
    ),
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
