import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../workers/app";

const get = (path: string) => exports.default.fetch(`https://tandem.test${path}`);

describe("health and the API document", () => {
  it("answers health", async () => {
    const res = await get("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  const documented = async (vars: Partial<Env>) => {
    const res = await app.request("https://tandem.test/api/openapi.json", {}, { ...env, ...vars });
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    return new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
  };
  const served = app.routes
    .filter((r) => r.method !== "ALL" && !["/api/openapi.json", "/api/docs"].includes(r.path))
    .map((r) => `${r.method} ${r.path}`);

  it("documents every /api route the app serves, the development ones in development only", async () => {
    expect(served.length).toBeGreaterThan(15);
    const inDevelopment = await documented({ ENVIRONMENT: "development" });
    for (const route of served) expect(inDevelopment, route).toContain(route);
    const inProduction = await documented({ ENVIRONMENT: "production" });
    for (const route of served) {
      if (route.includes(" /api/dev/")) expect(inProduction, route).not.toContain(route);
      else expect(inProduction, route).toContain(route);
    }
  });

  it("serves a readable reference page", async () => {
    const res = await get("/api/docs");
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain("/api/auth/magic-link");
    expect(html).toContain("Import people from CSV");
  });

  it("allows the reference page its own stylesheet, by hash, and nothing else", async () => {
    const res = await get("/api/docs");
    const policy = res.headers.get("content-security-policy")!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(await res.text())![1]!;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(style));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/script-src/);
  });

  it("answers unknown API routes with the JSON error envelope", async () => {
    const res = await get("/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
