import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("health and the API document", () => {
  it("answers health", async () => {
    const res = await exports.default.fetch("https://tandem.test/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("documents every /api route", async () => {
    const res = await exports.default.fetch("https://tandem.test/api/openapi.json");
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/auth/magic-link", "/api/programs", "/api/join/{slug}", "/api/me"]),
    );
  });

  it("answers unknown API routes with the JSON error envelope", async () => {
    const res = await exports.default.fetch("https://tandem.test/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
