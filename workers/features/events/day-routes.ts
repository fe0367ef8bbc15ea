/**
 * @module features/events/day-routes
 * An event on its day: hosts check people in (or add walk-ins), mark no-shows and people who left,
 * make the plan from who is present and run the clock; everyone registered follows the live clock,
 * sees their seats and, once a round they shared has ended, picks whom they would like to meet again.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Round } from "../../domain/events/planner";
import type { RequestVars } from "../../platform/env";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { IdParam, json, jsonBody, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { ensurePerson } from "../people";
import { attendeeGuard, hostGuard, registeredGuard } from "./access";
import { eventDto } from "./dto";
import { configureLive, controlLive, liveObject, seatsAPair } from "./live";
import { metBy, roundsEnded } from "./picks";
import { planEvent } from "./plan";
import { markFinished, register, registrationsOf, setAttendance, type AttendanceStatus as Status } from "./repo/events";
import { picksOf, savePicks } from "./repo/picks";
import { roleAt } from "./roles";
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

const tags = ["Events"];

/** Marks someone registered present, a no-show, or gone; 404 if they are not registered. */
async function markAttendance(c: { var: RequestVars }, eventId: string, personId: string, status: Status) {
  if (!(await setAttendance(c.var.db, eventId, personId, status, Date.now()))) throw notFound("Registration");
}

export const eventDayRoutes = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{id}/checkin",
      tags,
      summary: "Check in a registered person by id, or add a walk-in by name, email and role (hosts)",
      middleware: [hostGuard] as const,
      request: { params: IdParam, ...jsonBody(CheckinSchema) },
      responses: {
        200: json(EventSchema, "The event after check-in"),
        ...refusals(400, 401, 404),
      },
    }),
    async (c) => {
      const { event } = c.var;
      const body = c.req.valid("json");
      if ("personId" in body) {
        await markAttendance(c, event.id, body.personId, "present");
      } else {
        const role = roleAt(event, body.role);
        const person = await ensurePerson(c.var.db, body.email, { name: body.name });
        await register(c.var.db, event.id, person.id, role, body.interests, { walkIn: true, at: Date.now() });
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
      middleware: [hostGuard] as const,
      request: { params: IdParam, ...jsonBody(AttendanceSchema) },
      responses: { 200: json(EventSchema, "The event"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { event } = c.var;
      const { personId, status } = c.req.valid("json");
      await markAttendance(c, event.id, personId, status);
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
      middleware: [hostGuard] as const,
      request: { params: IdParam },
      responses: { 200: json(PlanSchema, "The plan"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { event } = c.var;
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
      middleware: [hostGuard] as const,
      request: { params: IdParam, ...jsonBody(ReplanSchema) },
      responses: { 200: json(PlanSchema, "The plan"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { event } = c.var;
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
      middleware: [registeredGuard()] as const,
      request: { params: IdParam },
      responses: { 200: json(MySeatsSchema, "Your rounds"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { me: user, event, registration: mine } = c.var;
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
      middleware: [hostGuard] as const,
      request: { params: IdParam, ...jsonBody(ControlSchema) },
      responses: {
        200: json(LiveStateSchema, "The clock after the action"),
        ...refusals(400, 401, 404, 409),
      },
    }),
    async (c) => {
      const { event } = c.var;
      const action = c.req.valid("json").action;
      const plan = (event.plan as Round[] | null) ?? (await planEvent(c.var.db, event));
      // Starting rounds nobody sits in would run an empty clock and then mail everyone a follow-up.
      if (action === "start" && !seatsAPair(plan)) {
        throw new ApiError(
          409,
          "nothing_planned",
          "Check people in and make a plan first: the plan has nobody sitting with a partner yet.",
        );
      }
      const configured = await configureLive(c.env, c.var.db, event, plan);
      if (!configured.ok) {
        const why = ((await configured.json()) as { error?: { message?: string } }).error?.message;
        throw new ApiError(409, "not_ready", why ?? "Check people in, and plan, before starting the clock.");
      }
      const res = await controlLive(c.env, event.id, action);
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
      middleware: [attendeeGuard] as const,
      request: { params: IdParam },
      responses: {
        200: json(LiveStateSchema, "The clock"),
        ...refusals(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { event } = c.var;
      const upgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
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
      middleware: [registeredGuard({ picking: true })] as const,
      request: { params: IdParam },
      responses: { 200: json(PicksSchema, "Your picks"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { me, event } = c.var;
      return c.json(await picksOf(c.var.db, event, me.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/events/{id}/picks",
      tags,
      summary:
        "Say whom you would like to keep meeting, among those you met in rounds that have ended (409 before); mutual picks become proposed mentorships in the event's program (at a mentoring event) and share each other's email",
      middleware: [registeredGuard({ picking: true })] as const,
      request: { params: IdParam, ...jsonBody(PicksUpdateSchema) },
      responses: {
        200: json(PicksSchema, "Your picks"),
        ...refusals(400, 401, 404, 409),
      },
    }),
    async (c) => {
      const { me, event } = c.var;
      const { personIds } = c.req.valid("json");
      const met = metBy(event, me.id);
      const fields = Object.fromEntries(
        personIds.flatMap((id, i) => (met.has(id) ? [] : [[`personIds.${i}`, "You did not meet this person here."]])),
      );
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Pick among the people you met.", fields);
      const metSoFar = metBy(event, me.id, await roundsEnded(c.env, event));
      const early = personIds.filter((id) => !metSoFar.has(id));
      if (early.length) {
        throw new ApiError(409, "round_not_ended", "You can pick someone once your round together has ended.");
      }
      return c.json(await savePicks(c.var.db, event, me.id, [...new Set(personIds)]), 200);
    },
  );
