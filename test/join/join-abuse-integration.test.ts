import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ADMIN,
  Client,
  createProgram,
  keyOf,
  mailbox,
  refusalIn,
  signIn,
  tokenFromMail,
  uniqueEmail,
  type Confirmation,
  type Me,
} from "../helpers";

/**
 * Limits count in fixed windows; a test that needs its requests in one window stops the clock (the
 * Worker runs in the tests' isolate) a minute into the next window, however long its requests take.
 */
function inOneWindow(windowMs: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  const now = Date.now();
  vi.setSystemTime(now - (now % windowMs) + windowMs + 60_000);
}
afterEach(() => vi.useRealTimers());

const LURE = "IT Security: your account is locked, call +1 555 0100";

describe("the shared link cannot be used to mail strangers", () => {
  it("mails an unconfirmed address nothing the requester typed", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const victim = uniqueEmail("victim");
    const res = await new Client().json("POST", `/api/join/${program.slug}`, {
      body: { key: keyOf(program), name: LURE, email: victim, role: "mentee", consent: true, goals: "Wire money now" },
    });
    expect(res.status).toBe(202);
    const asked = await new Client().json("POST", "/api/auth/magic-link", { body: { email: victim } });
    expect(asked.status).toBe(202);
    const mails = (await mailbox()).filter((m) => m.to === victim);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `Confirm your sign-up for ${program.name}`,
      "Your Tandem sign-in link",
    ]);
    for (const m of mails) {
      // The lure's number whole: a random token or id may well hold "555".
      expect(m.text).not.toMatch(/IT Security|locked|555 0100|Wire money/);
      expect(m.subject).not.toMatch(/IT Security/);
    }
    expect(mails[0]!.text + mails[1]!.text).toMatch(new RegExp(`Someone asked to join ${program.name}`));
  });

  it("keeps what a requester typed out of a new address's profile until its owner confirms", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const victim = uniqueEmail("victim");
    const res = await new Client().json("POST", `/api/join/${program.slug}`, {
      body: { key: keyOf(program), name: LURE, email: victim, role: "mentee", consent: true },
    });
    expect(res.status).toBe(202);
    // The address's owner signs in (the account exists now) and sees no stranger's words as their name.
    const own = await signIn(victim);
    expect((await own.json<Me>("GET", "/api/me")).body.person.name).not.toMatch(/IT Security|555 0100/);
    const listed = await admin.json("GET", `/api/programs/${program.id}/participants`);
    expect(JSON.stringify(listed.body)).not.toMatch(/IT Security|555 0100/);
    // Signing up themselves, they see their name change from the one made from their address.
    const token = await (async () => {
      const again = await new Client().json("POST", `/api/join/${program.slug}`, {
        body: { key: keyOf(program), name: "Vic Tim", email: victim, role: "mentee", consent: true },
      });
      expect(again.status).toBe(202);
      return tokenFromMail(victim, /Confirm your sign-up/);
    })();
    const preview = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(preview.body).toMatchObject({ purpose: "confirm", conflict: null });
    expect(preview.body.changes).toEqual([{ field: "name", label: "Name", from: victim.split("@")[0], to: "Vic Tim" }]);
    const body = { token, acceptChanges: true };
    expect((await new Client().json("POST", "/api/auth/verify", { body })).status).toBe(200);
    expect((await own.json<Me>("GET", "/api/me")).body.person.name).toBe("Vic Tim");
  });

  it("answers 429 after 20 sign-ups from one address in 15 minutes, and after the program's limit", async () => {
    inOneWindow(15 * 60_000);
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const from = (ip: string) => ({ "cf-connecting-ip": ip });
    const join = (ip: string) =>
      new Client().json("POST", `/api/join/${program.slug}`, {
        headers: from(ip),
        body: { key: keyOf(program), name: "N", email: uniqueEmail(), role: "mentee", consent: true },
      });
    for (let i = 0; i < 20; i++) expect((await join("203.0.113.7")).status).toBe(202);
    const limited = await join("203.0.113.7");
    expect(limited).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    // A wrong key counts too, so guessing links is limited like signing up.
    const guess = await new Client().json("POST", `/api/join/${program.slug}`, {
      headers: from("203.0.113.7"),
      body: { key: "guess", name: "N", email: uniqueEmail(), role: "mentee", consent: true },
    });
    expect(guess.status).toBe(429);
    expect((await join("203.0.113.8")).status).toBe(202);

    // The program's own limit holds whichever addresses the requests come from.
    const now = Date.now();
    await env.DB.prepare("UPDATE rate_limits SET count = 300, window_start = ? WHERE key = ?")
      .bind(now - (now % (15 * 60_000)), `join:program:${program.id}`)
      .run();
    const busy = await join("198.51.100.1");
    expect(busy.status).toBe(429);
    expect(refusalIn(busy.body).error.message).toMatch(/many sign-ups/);
  }, 30_000); // two dozen sign-ups, on a machine that may be busy
});
