import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runClock } from "../../workers/clock";
import { ADMIN, Client, signIn } from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const count = async (table: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

describe("the clock's housekeeping", () => {
  it("drops spent rate limits, old tokens and ended sessions, and keeps live ones", async () => {
    const admin = await signIn(ADMIN);
    await new Client().json("POST", "/api/auth/magic-link", { body: { email: ADMIN } });
    expect(await count("rate_limits")).toBeGreaterThan(0);
    const tokens = await count("email_tokens");
    expect(tokens).toBeGreaterThan(0);

    await runClock(env, Date.now());
    expect((await admin.json("GET", "/api/me")).status).toBe(200);
    expect(await count("email_tokens")).toBe(tokens);

    // Fifteen days later the session (14 days) has ended and every token is long expired.
    const later = Date.now() + 15 * DAY;
    const result = await runClock(env, later);
    expect(result.purged).toMatchObject({ status: "done", result: { tokens, sessions: 1 } });
    expect(await count("rate_limits")).toBe(0);
    expect(await count("email_tokens")).toBe(0);
    expect(await count("sessions")).toBe(0);
  });
});
