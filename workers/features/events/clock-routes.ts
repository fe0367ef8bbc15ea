/**
 * @module features/events/clock-routes
 * An event's live clock: hosts run it (start needs a plan that seats a pair), and everyone registered
 * follows it as JSON or over a WebSocket. The clock itself is the event's Durable Object (live-object).
 */
import { z } from "@hono/zod-openapi";
import type { Round } from "../../domain/events/planner";
import { ApiError } from "../../platform/errors";
import { routesFor } from "../../platform/routes";
import { IdParam, json, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { attendeeGuard, hostGuard } from "./access";
import { configureLive, controlLive, liveObject, seatsAPair } from "./live";
import { planEvent } from "./plan";
import { markFinished } from "./repo/events";
import { ControlSchema, LiveStateSchema } from "./schemas";
import { postEventStarting } from "../chat";
import { mailerOf } from "../mail";

const route = routesFor(["Events"]).with({ params: IdParam });

export const eventClockRoutes = router()
  .openapi(
    route.post("/control", "Run the event's clock: start, pause, resume, extend (+1 minute), next, end (hosts)", {
      middleware: [hostGuard] as const,
      body: ControlSchema,
      responses: { 200: json(LiveStateSchema, "The clock after the action"), ...refusals(400, 401, 404, 409) },
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
      if (action === "start") {
        const { db, queue, origin } = mailerOf(c);
        await postEventStarting(db, queue, event, origin);
      }
      return c.json(body, 200);
    },
  )
  .openapi(
    route.get(
      "/live",
      "The event's clock: as JSON, or with a WebSocket upgrade pushed on every change (hosts and registered people)",
      {
        description:
          'Messages are `{type:"state", phase, round, endsAt, serverNow, ...}` in epoch milliseconds. Send `{type:"ping", clientTime}` to get `{type:"pong", clientTime, serverNow}` and correct for the clock\'s offset.',
        middleware: [attendeeGuard] as const,
        responses: { 200: json(LiveStateSchema, "The clock"), ...refusals(401, 403, 404, 409) },
      },
    ),
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
  );
