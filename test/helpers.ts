/**
 * Test helpers: a small client with a cookie jar that talks to the Worker through `exports.default.fetch`,
 * and sign-in through the real magic-link flow (the token is read from the development mailbox).
 */
import { env, exports } from "cloudflare:workers";
import { hc, type ClientResponse } from "hono/client";
import { expect } from "vitest";
import type { AppType } from "../workers/app";
import type { HeldQueues } from "./queues";

export const ORIGIN = "https://tandem.test";
export const ADMIN = "admin@example.com";

type Init = { body?: unknown; headers?: Record<string, string>; raw?: BodyInit };

/** What a client sends its requests to: the Worker under test, or one with queues the test drains. */
export type Worker = { fetch(request: Request): Promise<Response> };

export class Client {
  cookie = "";

  constructor(readonly worker: Worker = exports.default) {}

  /** The API's routes, typed from the Worker's own (`AppType`), through this client's cookie jar. */
  readonly api = hc<AppType>(ORIGIN, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => this.send(input, init),
  }).api;

  async request(method: string, path: string, init: Init = {}) {
    const headers: Record<string, string> = { ...init.headers };
    let body: BodyInit | undefined = init.raw;
    if (init.body !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(init.body);
    }
    return this.send(`${ORIGIN}${path}`, { method, headers, body });
  }

  private async send(input: RequestInfo | URL, init?: RequestInit) {
    const request = new Request(input, init);
    // Browsers send Origin on every POST; the API's CSRF check relies on it for body-less posts.
    if (!request.headers.has("origin")) request.headers.set("origin", ORIGIN);
    if (this.cookie) request.headers.set("cookie", this.cookie);
    const res = await this.worker.fetch(request);
    const set = res.headers.get("set-cookie");
    if (set) {
      const [pair] = set.split(";");
      this.cookie = /Max-Age=0/i.test(set) ? "" : pair!;
    }
    return res;
  }

  /**
   * A request whose JSON answer is returned with its status. Its body is not typed from the route (the
   * request may be malformed on purpose), so it is `unknown` unless the test names what it reads, e.g.
   * `json<Refusal>` or a schema's `z.infer`; a test that reads a well-formed answer may call `api` instead.
   */
  async json<T = unknown>(method: string, path: string, init: Init = {}): Promise<{ status: number; body: T }> {
    const res = await this.request(method, path, init);
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }
}

type Mail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  status: string;
  attachments: { filename: string; contentType: string; size: number; url: string }[];
};

/** Every mail in the development mailbox, newest first. */
export async function mailbox(): Promise<Mail[]> {
  const res = await exports.default.fetch(`${ORIGIN}/api/dev/mail?limit=500`);
  expect(res.status).toBe(200);
  return res.json();
}

/** The token of the newest mailed link to `to` whose subject matches. */
export async function tokenFromMail(to: string, subject: RegExp): Promise<string> {
  const mail = (await mailbox()).find((m) => m.to === to && subject.test(m.subject));
  expect(mail, `a mail to ${to} matching ${subject}`).toBeDefined();
  const link = mail!.links.find((l) => l.includes("token="))!;
  return new URL(link).searchParams.get("token")!;
}

/** A client signed in as `email` through the magic-link flow. */
export async function signIn(email: string, worker?: Worker): Promise<Client> {
  // Tests sign the same people in many times; the per-email limit is tested on its own.
  await env.DB.prepare("DELETE FROM rate_limits WHERE key = ?").bind(`magic:email:${email}`).run();
  const client = new Client(worker);
  const asked = await client.json("POST", "/api/auth/magic-link", { body: { email } });
  expect(asked.status).toBe(202);
  const token = await tokenFromMail(email, /sign-in link/);
  const verified = await client.json("POST", "/api/auth/verify", { body: { token } });
  expect(verified.status).toBe(200);
  expect(client.cookie).toMatch(/^__Host-tandem_session=/);
  return client;
}

let counter = 0;
/** A unique email for a test's own person. */
export const uniqueEmail = (name = "person") => `${name}.${Date.now().toString(36)}.${counter++}@example.com`;

/** Creates a program as the admin and returns it. */
export async function createProgram(admin: Client, body: Record<string, unknown> = {}) {
  const res = await admin.json("POST", "/api/programs", {
    body: { name: `Program ${counter++}`, kind: "one-to-one", skills: ["public speaking", "data analysis"], ...body },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; slug: string; signupUrl: string; name: string; kind: string };
}

/** The key of a program's shared link. */
export const keyOf = (program: { signupUrl: string }) => new URL(program.signupUrl).searchParams.get("key")!;

/** Signs someone up through the shared link and confirms by the emailed link; returns their client. */
export async function joinAndConfirm(
  program: { slug: string; signupUrl: string },
  email: string,
  fields: Record<string, unknown> = {},
) {
  const client = new Client();
  const res = await client.json("POST", `/api/join/${program.slug}`, {
    body: { key: keyOf(program), name: "Test Person", email, role: "mentee", consent: true, ...fields },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const token = await tokenFromMail(email, /Confirm your sign-up/);
  const verified = await client.json("POST", "/api/auth/verify", { body: { token } });
  expect(verified.status).toBe(200);
  return client;
}

export { env };

/** The refusal every route answers bad input with (ARCHITECTURE.md, invariant 3); an import's also lists its bad rows. */
export type Refusal = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    rows?: { row: number; email: string; errors: string[] }[];
  };
};

/** The refusal in a raw answer's body; fails the test when the body is not one. */
export function refusalIn(body: unknown): Refusal {
  expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  return body as Refusal;
}

type Answer = ClientResponse<unknown, number, string>;
/** The body a typed answer has at `status`. */
export type BodyAt<R, S extends number> =
  R extends ClientResponse<infer T, infer C, string> ? (C extends S ? T : never) : never;

/** The typed body of an answer, after checking its status (200 unless said); the test fails with the body otherwise. */
export async function ok<R extends Answer, S extends number = 200>(
  pending: Promise<R>,
  status?: S,
): Promise<BodyAt<R, S>> {
  const res = await pending;
  const text = await res.text();
  expect(res.status, text.slice(0, 500)).toBe(status ?? 200);
  return (text ? JSON.parse(text) : null) as BodyAt<R, S>;
}

/**
 * Imports a CSV into a program and, for a file large enough to go through the import queue, drains that
 * queue; returns the finished import. `client` must send to `queues`.
 */
export async function importCsvAndWait(client: Client, queues: HeldQueues, programId: string, csv: string) {
  const res = await client.request("POST", `/api/programs/${programId}/people/import`, {
    raw: csv,
    headers: { "content-type": "text/csv" },
  });
  expect([200, 202], (await res.clone().text()).slice(0, 500)).toContain(res.status);
  const { id } = (await res.json()) as { id: string };
  await queues.drain("tandem-import");
  const state = await ok(
    client.api.programs[":id"].imports[":importId"].$get({ param: { id: programId, importId: id } }),
  );
  expect(state.status, state.error ?? undefined).toBe("done");
  return state;
}

/** The id of the person with this email. */
export const personId = async (email: string) =>
  (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!.id;

/** What `GET /api/me` answers. */
export type Me = BodyAt<Awaited<ReturnType<Client["api"]["me"]["$get"]>>, 200>;

/** What `GET /api/auth/confirmation` shows of a mailed link. */
export type Confirmation = BodyAt<Awaited<ReturnType<Client["api"]["auth"]["confirmation"]["$get"]>>, 200>;

/** What creating an event answers. */
export type EventCreated = { id: string; joinUrl: string };

/** Creates an event as `host` (a small one in 2030 unless `body` says otherwise) and returns its id. */
export async function createEvent(host: Client, body: Record<string, unknown> = {}) {
  const res = await host.json<EventCreated>("POST", "/api/events", {
    body: {
      title: "Coffee",
      startsAt: "2030-05-06T09:00:00Z",
      timezone: "UTC",
      roundMinutes: 5,
      breakMinutes: 0,
      tables: 2,
      ...body,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}
