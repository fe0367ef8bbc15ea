/**
 * Registering for an event through its link without an account: a mailed confirmation registers the
 * address's owner and signs them in; confirming again changes nothing; full, ended or repeated
 * registrations are refused with a 4xx and change nothing.
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { EventPublicSchema, EventSchema } from "../../workers/features/events/schemas";
import { ADMIN, Client, env, mailbox, refusalIn, signIn, uniqueEmail, type EventCreated } from "../helpers";

async function newEvent(extra: Record<string, unknown> = {}) {
  const admin = await signIn(ADMIN);
  const created = await admin.json<EventCreated>("POST", "/api/events", {
    body: {
      title: `Door test ${uniqueEmail("e")}`,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      timezone: "UTC",
      roundMinutes: 5,
      breakMinutes: 1,
      tables: 2,
      menteesPerTable: 1,
      ...extra,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id;
  return { admin, id, key: new URL(created.body.joinUrl).searchParams.get("key")! };
}

const signUp = (client: Client, id: string, body: Record<string, unknown>) =>
  client.json("POST", `/api/events/${id}/sign-up`, { body });
const confirm = (client: Client, id: string, token: string) =>
  client.json("POST", `/api/events/${id}/sign-up/confirm`, { body: { token } });
const registrations = async (id: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM event_registrations WHERE event_id = ?")
    .bind(id)
    .first<{ n: number }>())!.n;

describe("registering for an event by email", () => {
  it("registers a stranger once they confirm, signs them in, and a second confirm changes nothing", async () => {
    const { admin, id, key } = await newEvent();
    const email = uniqueEmail("stranger");
    const stranger = new Client();
    const asked = await signUp(stranger, id, { key, name: "Ada Lovelace", email, role: "mentee", interests: ["SQL"] });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(await registrations(id)).toBe(0); // nothing until the owner of the address confirms
    const mail = (await mailbox()).find((m) => m.to === email && /Confirm your registration/.test(m.subject))!;
    expect(mail.text).not.toContain("Ada Lovelace"); // holds nothing the requester typed
    const link = new URL(mail.links.find((l) => l.includes("confirm="))!);
    expect(link.pathname).toBe(`/events/${id}`);
    const token = link.searchParams.get("confirm")!;

    const confirmed = await confirm(stranger, id, token);
    expect(confirmed).toMatchObject({ status: 200, body: { status: "registered", role: "mentee", signedIn: true } });
    expect(stranger.cookie).toMatch(/^__Host-tandem_session=/);
    const mine = await stranger.json<z.infer<typeof EventPublicSchema>>("GET", `/api/events/${id}/public?key=${key}`);
    expect(mine.body.registration).toMatchObject({ role: "mentee", interests: ["sql"] });
    const event = await admin.json<z.infer<typeof EventSchema>>("GET", `/api/events/${id}`);
    expect(event.body.registrations).toMatchObject([{ name: "Ada Lovelace", email, role: "mentee" }]);
    expect((await mailbox()).filter((m) => m.to === email && /^Registered:/.test(m.subject))).toHaveLength(1);

    const again = new Client();
    expect(await confirm(again, id, token)).toMatchObject({
      status: 200,
      body: { status: "registered", signedIn: false },
    });
    expect(again.cookie).toBe(""); // a used link signs nobody in
    expect(await registrations(id)).toBe(1);
    expect((await mailbox()).filter((m) => m.to === email && /^Registered:/.test(m.subject))).toHaveLength(1);

    // Registered already: asking again is refused, and the host's walk-in path still works.
    expect(
      refusalIn((await signUp(new Client(), id, { key, name: "Ada", email, role: "mentee" })).body).error.code,
    ).toBe("already_registered");
    const walkIn = await admin.json("POST", `/api/events/${id}/checkin`, {
      body: { name: "Walk In", email: uniqueEmail("walkin"), role: "mentor" },
    });
    expect(walkIn.status).toBe(200);
  });

  it("refuses bad tokens and bad input, and needs a role unless the event is peer", async () => {
    const { id, key } = await newEvent();
    const client = new Client();
    expect(refusalIn((await confirm(client, id, "x".repeat(40))).body).error.code).toBe("token_unknown");
    expect((await confirm(client, id, "short")).status).toBe(400);
    const email = uniqueEmail("norole");
    const noRole = await signUp(client, id, { key, name: "No Role", email });
    expect(noRole).toMatchObject({ status: 400, body: { error: { fields: { role: expect.any(String) } } } });
    for (const bad of [{ name: "" }, { email: "nope" }, { role: "boss" }]) {
      const res = await signUp(client, id, { key, name: "Someone", email, role: "mentee", ...bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await signUp(client, id, { key: "wrong", name: "X", email, role: "mentee" })).status).toBe(404);
    // A token from another event's mail does not register anyone here.
    const other = await newEvent();
    await signUp(client, other.id, { key: other.key, name: "Elsewhere", email, role: "mentee" });
    const token = await confirmToken(email);
    expect(refusalIn((await confirm(client, id, token)).body).error.code).toBe("token_unknown");
    expect(await registrations(id)).toBe(0);

    const peer = await newEvent({ mode: "peer" });
    const peerEmail = uniqueEmail("peer");
    expect((await signUp(client, peer.id, { key: peer.key, name: "Pat Peer", email: peerEmail })).status).toBe(202);
    expect((await signUp(client, peer.id, { key: peer.key, name: "P", email: peerEmail, role: "mentor" })).status).toBe(
      400,
    );
    const confirmed = await confirm(client, peer.id, await confirmToken(peerEmail));
    expect(confirmed.body).toMatchObject({ role: "peer", signedIn: true });
  });

  it("refuses a full event and one that is over, asking or confirming", async () => {
    const { admin, id, key } = await newEvent({ tables: 1 });
    const first = uniqueEmail("first");
    const second = uniqueEmail("second");
    expect((await signUp(new Client(), id, { key, name: "First", email: first, role: "mentor" })).status).toBe(202);
    expect((await signUp(new Client(), id, { key, name: "Second", email: second, role: "mentor" })).status).toBe(202);
    expect((await confirm(new Client(), id, await confirmToken(first))).status).toBe(200);
    // The one table is taken now: the second confirmation and any new request are refused.
    const late = await confirm(new Client(), id, await confirmToken(second));
    expect(late).toMatchObject({ status: 409, body: { error: { code: "event_full" } } });
    const third = { key, name: "Third", email: uniqueEmail("third"), role: "mentor" };
    expect(refusalIn((await signUp(new Client(), id, third)).body).error.code).toBe("event_full");
    // Mentees still have their seat.
    expect((await signUp(new Client(), id, { ...third, role: "mentee" })).status).toBe(202);

    await env.DB.prepare("UPDATE events SET finished_at = ? WHERE id = ?").bind(Date.now(), id).run();
    const over = await signUp(new Client(), id, { ...third, email: uniqueEmail("over"), role: "mentee" });
    expect(over).toMatchObject({ status: 409, body: { error: { code: "event_over" } } });
    expect(await registrations(id)).toBe(1);
    expect((await admin.json<z.infer<typeof EventSchema>>("GET", `/api/events/${id}`)).body.registrations).toHaveLength(
      1,
    );
  });
});

/** The token of the newest event confirmation mailed to `email`. */
async function confirmToken(email: string) {
  const mail = (await mailbox()).find((m) => m.to === email && /Confirm your registration/.test(m.subject));
  expect(mail, `a confirmation to ${email}`).toBeDefined();
  return new URL(mail!.links.find((l) => l.includes("confirm="))!).searchParams.get("confirm")!;
}
