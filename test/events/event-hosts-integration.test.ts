/** Naming co-hosts must not tell a manager which emails have an account. */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, mailbox, signIn, uniqueEmail, type EventCreated } from "../helpers";

const EVENT = {
  title: "Host day",
  startsAt: "2031-03-04T09:00:00Z",
  timezone: "UTC",
  roundMinutes: 8,
  breakMinutes: 2,
  tables: 2,
};

describe("event co-hosts by email", () => {
  it("answers the same whether or not an email has an account, and invites every co-host", async () => {
    const admin = await signIn(ADMIN);
    const known = uniqueEmail("known");
    // Naming them once gives them an account, so the next event names someone known.
    await admin.json("POST", "/api/events", { body: { ...EVENT, hostEmails: [known] } });
    const unknown = uniqueEmail("stranger");

    const a = await admin.json<EventCreated>("POST", "/api/events", { body: { ...EVENT, hostEmails: [known] } });
    const b = await admin.json<EventCreated>("POST", "/api/events", { body: { ...EVENT, hostEmails: [unknown] } });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(Object.keys(b.body)).toEqual(Object.keys(a.body));

    // The new co-host is invited, signs in with that address, and hosts the event.
    const invite = (await mailbox()).find((m) => m.to === unknown && /You are a host of Host day/.test(m.subject));
    expect(invite?.text).toContain(`added you as a host`);
    expect(invite?.links.some((l) => l.endsWith(`/host/events/${b.body.id}`))).toBe(true);
    const host = await signIn(unknown);
    expect((await host.json("GET", `/api/events/${b.body.id}`)).status).toBe(200);
    expect((await new Client().json("GET", `/api/events/${b.body.id}`)).status).toBe(401);
    const toKnown = (await mailbox()).filter((m) => m.to === known && /You are a host/.test(m.subject));
    expect(toKnown).toHaveLength(2);
  });
});
