/** The live clock's WebSocket carries the session cookie, so only the app's own pages may open it. */
import { createExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import worker from "../../workers/index";
import { describe, expect, it } from "vitest";
import { ADMIN, ORIGIN, createProgram, env, refusalIn, signIn, uniqueEmail } from "../helpers";

async function plannedEvent() {
  const admin = await signIn(ADMIN);
  const program = await createProgram(admin);
  const [mentor, mentee] = [uniqueEmail("mentor"), uniqueEmail("mentee")];
  await admin.json("POST", `/api/programs/${program.id}/people/import`, {
    raw: `email,name,role\n${mentor},Mo,mentor\n${mentee},Mia,mentee`,
    headers: { "content-type": "text/csv" },
  });
  const created = await admin.json("POST", "/api/events", {
    body: {
      title: "Live",
      startsAt: "2031-03-04T09:00:00Z",
      timezone: "UTC",
      roundMinutes: 8,
      breakMinutes: 2,
      tables: 1,
    },
  });
  const event = created.body as { id: string; joinUrl: string };
  const key = new URL(event.joinUrl).searchParams.get("key")!;
  for (const [email, role] of [
    [mentor, "mentor"],
    [mentee, "mentee"],
  ] as const) {
    await (await signIn(email)).json("POST", `/api/events/${event.id}/register`, { body: { key, role } });
    const { id } = (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!;
    expect((await admin.json("POST", `/api/events/${event.id}/checkin`, { body: { personId: id } })).status).toBe(200);
  }
  expect((await admin.json("POST", `/api/events/${event.id}/plan`, { body: {} })).status).toBe(200);
  return { event, client: await signIn(mentee) };
}

const open = (eventId: string, cookie: string, origin?: string) =>
  exports.default.fetch(
    new Request(`${ORIGIN}/api/events/${eventId}/live`, {
      headers: { upgrade: "websocket", cookie, ...(origin ? { origin } : {}) },
    }),
  );

describe("the live clock's WebSocket", () => {
  it("opens for the app's own origin and answers 403 to any other, or none", async () => {
    const { event, client } = await plannedEvent();
    for (const origin of ["https://evil.example", "null", `${ORIGIN}.evil.example`, undefined]) {
      const res = await open(event.id, client.cookie, origin);
      expect(res.status, String(origin)).toBe(403);
      expect(refusalIn(await res.json()).error.code).toBe("forbidden");
    }
    const ok = await open(event.id, client.cookie, ORIGIN);
    expect(ok.status).toBe(101);
    ok.webSocket!.accept();
    ok.webSocket!.close();
    // Reading the clock as JSON needs no socket, and stays as it was.
    expect((await client.json("GET", `/api/events/${event.id}/live`)).status).toBe(200);
  });

  it("answers 403, not a server error, to another origin while APP_URL is not a URL", async () => {
    const { event, client } = await plannedEvent();
    const request = new Request(`${ORIGIN}/api/events/${event.id}/live`, {
      headers: { upgrade: "websocket", cookie: client.cookie, origin: "https://evil.example" },
    });
    const res = await worker.fetch(request, { ...env, APP_URL: "mentoring.example.com" }, createExecutionContext());
    expect(res.status).toBe(403);
  });
});
