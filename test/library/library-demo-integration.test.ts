/**
 * The demo's library in workerd: `npm start`'s seed fills it (company-wide and per program, some
 * pinned), search finds its entries, and seeding again adds nothing.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN, env, signIn } from "../helpers";

const seed = () =>
  exports.default.fetch(new Request(`${ORIGIN}/api/dev/seed`, { method: "POST", headers: { origin: ORIGIN } }));
const entries = async () =>
  (await env.DB.prepare("SELECT count(*) AS n FROM library_entries").first<{ n: number }>())!.n;

describe("the demo's library", () => {
  it("is filled once, and found by search", async () => {
    expect((await seed()).status).toBe(200);
    const count = await entries();
    expect(count).toBeGreaterThanOrEqual(10);
    expect((await seed()).status).toBe(200);
    expect(await entries()).toBe(count);
    const manager = await signIn("maya.manager@example.com");
    const hits = await manager.json<{ title: string }[]>("GET", "/api/library?q=pivot");
    expect(hits.body.map((h) => h.title)).toEqual(["Telling a story with data"]);
  });
});
