/**
 * @module features/events/live-object
 * One Durable Object per live event (`env.EVENT_LIVE.idFromName(eventId)`): it holds the event's clock
 * (`clock.ts`), advances it by alarms, and pushes its state to every connected client over hibernatable
 * WebSockets. The state is written to storage on every change and the alarm is re-armed from it on wake,
 * so eviction, reloads and dropped connections lose nothing.
 *
 * Requests (the Worker authenticates the host and forwards; nothing here checks who asks):
 * - `GET` any path: the state message as JSON, or with `Upgrade: websocket` a socket that receives
 *   the state now and after every change, and answers `{"type":"ping","clientTime"}` with
 *   `{"type":"pong","clientTime","serverNow"}`.
 * - `POST /configure {rounds, roundMs, breakMs}`: creates or changes the clock in the lobby; the same
 *   config again is accepted in any phase. 200 state, 400 `invalid_config`, 409 `already_started`.
 * - `POST /control {action}`: a host action. 200 state, 400 `bad_request`, 409 `invalid_action`.
 * Before `/configure`, everything but `/configure` answers 404 `not_configured`.
 */
import { DurableObject } from "cloudflare:workers";
import { errorBody } from "../../platform/errors";
import {
  advance,
  applyAction,
  initialState,
  isAction,
  nextAlarm,
  parseConfig,
  reconfigure,
  stateMessage,
  type ClockState,
} from "../../domain/events/live-clock";

const KEY = "clock";
const fail = (status: number, code: string, message: string) =>
  Response.json(errorBody(status, message, code), { status });

export class EventLive extends DurableObject<Env> {
  /** The stored clock, loaded before any event is delivered; null until configured. */
  private clock: ClockState | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      this.clock = (await ctx.storage.get<ClockState>(KEY)) ?? null;
      // Alarms are durable, but re-arming from the state costs nothing and heals a lost one.
      const due = this.clock && nextAlarm(this.clock);
      if (due != null && (await ctx.storage.getAlarm()) !== due) await ctx.storage.setAlarm(due);
    });
  }

  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname === "/configure") return this.configure(request);
    const clock = await this.catchUp();
    if (!clock) return fail(404, "not_configured", "This event has no live clock yet.");
    if (request.method === "GET") {
      if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return Response.json(this.message());
      const { 0: client, 1: server } = new WebSocketPair();
      this.ctx.acceptWebSocket(server);
      server.send(JSON.stringify(this.message()));
      return new Response(null, { status: 101, webSocket: client });
    }
    if (request.method === "POST" && pathname === "/control") {
      const action = ((await request.json().catch(() => null)) as { action?: unknown } | null)?.action;
      if (!isAction(action))
        return fail(400, "bad_request", "action must be start, pause, resume, extend, next or end.");
      const result = applyAction(clock, action, Date.now());
      if ("error" in result) return fail(409, "invalid_action", result.error);
      await this.save(result.state);
      return Response.json(this.message());
    }
    return fail(405, "method_not_allowed", "Use GET, POST /configure or POST /control.");
  }

  private async configure(request: Request): Promise<Response> {
    const parsed = parseConfig(await request.json().catch(() => null));
    if ("error" in parsed) return fail(400, "invalid_config", parsed.error);
    const current = await this.catchUp();
    const result = current ? reconfigure(current, parsed.config) : { state: initialState(parsed.config) };
    if ("error" in result) return fail(409, "already_started", result.error);
    if (result.state !== current) await this.save(result.state);
    return Response.json(this.message());
  }

  /** The alarm: end what is due, tell everyone, and arm the next one (done by `save`). */
  async alarm(): Promise<void> {
    const clock = await this.catchUp();
    // An early or stale alarm changes nothing; make sure the right one stays armed.
    const due = clock && nextAlarm(clock);
    if (due != null) await this.ctx.storage.setAlarm(due);
  }

  async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    let msg: { type?: unknown; clientTime?: unknown } | null = null;
    try {
      msg = typeof data === "string" && data.length <= 1024 ? JSON.parse(data) : null;
    } catch {
      // Not JSON: answered below.
    }
    if (msg?.type === "ping" && typeof msg.clientTime === "number" && Number.isFinite(msg.clientTime)) {
      ws.send(JSON.stringify({ type: "pong", clientTime: msg.clientTime, serverNow: Date.now() }));
    } else {
      ws.send(JSON.stringify({ type: "error", ...errorBody(400, 'Send {"type":"ping","clientTime":<ms>}.') }));
    }
  }

  async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    // The hibernation API leaves the closing handshake to us; reserved codes cannot be sent back.
    try {
      ws.close([1005, 1006, 1015].includes(code) ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }

  /** Runs `advance` up to now, saving (and broadcasting) if a phase ended. */
  private async catchUp(): Promise<ClockState | null> {
    if (!this.clock) return null;
    const next = advance(this.clock, Date.now());
    if (next !== this.clock) await this.save(next);
    return next;
  }

  /** Stores the state, arms or clears the alarm, and sends the state to every socket. */
  private async save(state: ClockState): Promise<void> {
    this.clock = state;
    await this.ctx.storage.put(KEY, state);
    const due = nextAlarm(state);
    if (due === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(due);
    const text = JSON.stringify(this.message());
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // A socket that is closing; its webSocketClose cleans up.
      }
    }
  }

  private message() {
    return stateMessage(this.clock!, Date.now());
  }
}
