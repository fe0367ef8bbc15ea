/**
 * @module features/events/day-routes
 * An event on its day: hosts check people in (or add walk-ins), mark no-shows and people who left,
 * make the plan from who is present and run the clock; everyone registered follows the live clock,
 * sees their seats and, once a round they shared has ended, picks whom they would like to meet again.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { requireUser } from "../auth";
import { ensurePerson } from "../people/repo";
import { getEvent, isHost, register, registrationOf, registrationsOf, setAttendance } from "./repo";
import { ApiError, badRequest, forbidden, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { markFinished } from "./follow-up";
import { configureLive, controlLive, liveObject, socketOriginAllowed } from "./live";
import { metBy, picksOf, roundsEnded, savePicks } from "./picks";
import { planEvent } from "./plan";
import { roleAt } from "./roles";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import {
  AttendanceSchema,
  CheckinSchema,
  EventSchema,
  ControlSchema,
  LiveStateSchema,
  MySeatsSchema,
  PicksSchema,
  PicksUpdateSchema,
  PlanSchema,
  ReplanSchema,
} from "./schemas";
import type { Round } from "../../domain/events/planner";
import { hostedEvent, pickingEvent } from "./access";
import { eventDto } from "./dto";

const tags = ["Events"];

export const eventDayRoutes = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/checkin",
      tags,
      summary: "Check in a registered person by id, or add a walk-in by name, email and role (hosts)",
      request: { params: IdParam, ...jsonBody(CheckinSchema) },
      responses: {
        200: json(EventSchema, "The event after check-in"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      const body = c.req.valid("json");
      const now = Date.now();
      if ("personId" in body) {
        if (!(await setAttendance(c.var.db, event.id, body.personId, "present", now))) {
          throw notFound("Registration");
        }
      } else {
        const role = roleAt(event, body.role);
        const person = await ensurePerson(c.var.db, body.email, { name: body.name });
        await register(c.var.db, event.id, person.id, role, body.interests, { walkIn: true, at: now });
      }
      return c.json(await eventDto(c, event), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/attendance",
      tags,
      summary: "Mark someone a no-show, or gone early (hosts); re-plan to take it into account",
      request: { params: IdParam, ...jsonBody(AttendanceSchema) },
      responses: { 200: json(EventSchema, "The event"), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      const { personId, status } = c.req.valid("json");
      if (!(await setAttendance(c.var.db, event.id, personId, status, Date.now()))) throw notFound("Registration");
      return c.json(await eventDto(c, event), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/plan",
      tags,
      summary: "The rotation plan: for each round, who sits at which table and who sits out (hosts)",
      description: "Planned from who is checked in the first time it is asked for; `POST` plans again.",
      request: { params: IdParam },
      responses: { 200: json(PlanSchema, "The plan"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      const rounds = (event.plan as Round[] | null) ?? (await planEvent(c.var.db, event));
      return c.json({ rounds }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/plan",
      tags,
      summary: "Plan again for who is present now, keeping the rounds up to `afterRound` (hosts)",
      request: { params: IdParam, ...jsonBody(ReplanSchema) },
      responses: { 200: json(PlanSchema, "The plan"), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      const { afterRound } = c.req.valid("json");
      if (afterRound > ((event.plan as Round[] | null)?.length ?? 0)) {
        throw new ApiError(400, "invalid_input", "That round is not in the plan.", { afterRound: "Not in the plan." });
      }
      return c.json({ rounds: await planEvent(c.var.db, event, afterRound) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/my-seats",
      tags,
      summary: "Your table and partners in every round of the plan (registered people)",
      request: { params: IdParam },
      responses: { 200: json(MySeatsSchema, "Your rounds"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const event = await getEvent(c.var.db, c.req.valid("param").id);
      const mine = event ? await registrationOf(c.var.db, event.id, user.id) : null;
      if (!event || !mine) throw notFound("Registration");
      const plan = (event.plan as Round[] | null) ?? [];
      const everyone = new Map((await registrationsOf(c.var.db, event.id)).map((r) => [r.personId, r]));
      const someone = (id: string) => {
        const r = everyone.get(id);
        return {
          id,
          name: r?.name ?? "",
          title: r?.title ?? "",
          department: r?.department ?? "",
          interests: r?.interests ?? [],
        };
      };
      const rounds = plan.map((round) => {
        const seat = round.tables.find((t) => t.mentorId === user.id || t.menteeIds.includes(user.id));
        const partners = !seat ? [] : seat.mentorId === user.id ? seat.menteeIds : [seat.mentorId];
        return { round: round.round, table: seat?.table ?? null, partners: partners.map(someone) };
      });
      return c.json({ role: mine.role, rounds }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/control",
      tags,
      summary: "Run the event's clock: start, pause, resume, extend (+1 minute), next, end (hosts)",
      request: { params: IdParam, ...jsonBody(ControlSchema) },
      responses: {
        200: json(LiveStateSchema, "The clock after the action"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { event } = await hostedEvent(c, c.req.valid("param").id);
      const configured = await configureLive(c.env, c.var.db, event);
      if (!configured.ok) {
        const why = ((await configured.json()) as { error?: { message?: string } }).error?.message;
        throw new ApiError(409, "not_ready", why ?? "Check people in, and plan, before starting the clock.");
      }
      const res = await controlLive(c.env, event.id, c.req.valid("json").action);
      const body = (await res.json()) as z.infer<typeof LiveStateSchema> & {
        error?: { code: string; message: string };
      };
      if (!res.ok) throw new ApiError(res.status === 409 ? 409 : 400, body.error!.code, body.error!.message);
      if (body.phase === "finished") await markFinished(c.var.db, event.id, Date.now());
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/live",
      tags,
      summary:
        "The event's clock: as JSON, or with a WebSocket upgrade pushed on every change (hosts and registered people)",
      description:
        'Messages are `{type:"state", phase, round, endsAt, serverNow, ...}` in epoch milliseconds. Send `{type:"ping", clientTime}` to get `{type:"pong", clientTime, serverNow}` and correct for the clock\'s offset.',
      request: { params: IdParam },
      responses: {
        200: json(LiveStateSchema, "The clock"),
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const upgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
      if (upgrade && !socketOriginAllowed(c.req.header("origin"), c.req.url, c.var.config.appUrl)) {
        throw forbidden("The live clock opens only from Tandem's own pages.");
      }
      const user = requireUser(c.var.user);
      const event = await getEvent(c.var.db, c.req.valid("param").id);
      const allowed =
        event &&
        (user.isAdmin ||
          (await isHost(c.var.db, event.id, user.id)) ||
          (await registrationOf(c.var.db, event.id, user.id)));
      if (!event || !allowed) throw notFound("Event");
      // Before the host plans, the clock is not set up: it stands in the lobby. Looking never plans.
      const configured = event.plan ? await configureLive(c.env, c.var.db, event) : null;
      if (!configured?.ok) {
        if (upgrade) {
          throw new ApiError(
            409,
            "not_ready",
            "The event has not opened yet; try again when the host checks people in.",
          );
        }
        return c.json(
          {
            type: "state" as const,
            phase: "lobby" as const,
            round: 0,
            rounds: 0,
            paused: false,
            endsAt: null,
            serverNow: Date.now(),
            version: 0,
          },
          200,
        );
      }
      const res = await liveObject(c.env, event.id).fetch(new Request("https://event-live/live", c.req.raw));
      // A fresh response: the object's own has immutable headers, and the API's middleware adds some.
      if (res.webSocket) return new Response(null, { status: 101, webSocket: res.webSocket }) as never;
      return c.json((await res.json()) as z.infer<typeof LiveStateSchema>, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/picks",
      tags,
      summary: "Whom you picked to keep meeting, and who picked you back (registered people)",
      request: { params: IdParam },
      responses: { 200: json(PicksSchema, "Your picks"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { user, event } = await pickingEvent(c, c.req.valid("param").id);
      return c.json(await picksOf(c.var.db, event, user.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/events/{id}/picks",
      tags,
      summary:
        "Say whom you would like to keep meeting, among those you met in rounds that have ended (409 before); mutual picks become proposed mentorships in the event's program (at a mentoring event) and share each other's email",
      request: { params: IdParam, ...jsonBody(PicksUpdateSchema) },
      responses: {
        200: json(PicksSchema, "Your picks"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, event } = await pickingEvent(c, c.req.valid("param").id);
      const { personIds } = c.req.valid("json");
      const met = metBy(event, user.id);
      const fields = Object.fromEntries(
        personIds.flatMap((id, i) => (met.has(id) ? [] : [[`personIds.${i}`, "You did not meet this person here."]])),
      );
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Pick among the people you met.", fields);
      const metSoFar = metBy(event, user.id, await roundsEnded(c.env, event));
      const early = personIds.filter((id) => !metSoFar.has(id));
      if (early.length) {
        throw new ApiError(409, "round_not_ended", "You can pick someone once your round together has ended.");
      }
      return c.json(await savePicks(c.var.db, event, user.id, [...new Set(personIds)]), 200);
    },
  );
