/// <reference types="vite/client" />
/**
 * Where each feature's routes are mounted (ARCHITECTURE.md, "Routes and mounts"): every sub-app is
 * mounted once, on the path its routes share, with its routes declared relative to it. A sub-app mounted
 * twice serves each of its handlers twice; one mounted at the wrong base serves paths the API contract
 * does not name.
 */
import { Hono } from "hono";
import type { RouterRoute } from "hono/types";
import { findTargetHandler } from "hono/utils/handler";
import { describe, expect, it } from "vitest";
import committed from "../../docs/openapi.json";
import { app } from "../../workers/app";

const modules = import.meta.glob<Record<string, unknown>>("../../workers/features/**/*routes.ts", { eager: true });
const subApps = Object.values(modules).flatMap((exports) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Hono] => entry[1] instanceof Hono)
    .map(([name, sub]) => ({ name, sub })),
);

// A sub-app with its own error handler is served through a wrapper around each handler.
const target = (r: RouterRoute) => findTargetHandler(r.handler);

/** Each route's own handler: the last of its (method, path), after its guards and validators. */
function endpoints(routes: RouterRoute[]) {
  const last = new Map<string, RouterRoute>();
  for (const r of routes) last.set(`${r.method} ${r.path}`, r);
  return [...last.values()];
}

/** Where each of the sub-app's endpoints is served: the app's routes running its handler. */
function mounts(sub: Hono) {
  return endpoints(sub.routes).map((own) => ({
    own,
    served: app.routes.filter((r) => r.method === own.method && target(r) === target(own)),
  }));
}

const baseOf = (served: string, own: string) =>
  own === "/" ? served : served.endsWith(own) ? served.slice(0, -own.length) : null;
// Sub-apps that may be mounted at `/api` itself, each with the reason its routes share no base.
const AT_API_ROOT: Record<string, string> = {};

const documented = (method: string, path: string) =>
  !!(committed.paths as Record<string, Record<string, unknown>>)[path.replace(/:(\w+)/g, "{$1}")]?.[
    method.toLowerCase()
  ];

describe("the features' mounts", () => {
  it("finds the features' sub-apps", () => {
    expect(subApps.length).toBeGreaterThan(30);
    expect(new Set(subApps.map((s) => s.name)).size).toBe(subApps.length);
  });

  it.each(subApps)("serve each route of $name once", ({ sub }) => {
    const twice = mounts(sub)
      .filter(({ served }) => served.length !== 1)
      .map(
        ({ own, served }) => `${own.method} ${own.path}: served at ${served.map((r) => r.path).join(", ") || "none"}`,
      );
    expect(twice).toEqual([]);
  });

  it.each(subApps)("serve $name under one base, at the paths the API document names", ({ sub }) => {
    const found = mounts(sub).flatMap(({ own, served }) =>
      served.map((r) => ({ own, r, base: baseOf(r.path, own.path) })),
    );
    expect(found.filter((x) => x.base === null).map((x) => `${x.own.path} served at ${x.r.path}`)).toEqual([]);
    expect(new Set(found.map((x) => x.base)).size).toBe(1);
    // The committed document leaves the development routes out; SCIM's catch-all is no operation.
    const undocumented = found
      .filter(({ r }) => r.method !== "ALL" && !r.path.startsWith("/api/dev/"))
      .filter(({ r }) => !documented(r.method, r.path))
      .map(({ r }) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual([]);
  });

  it.each(subApps)("mount $name below /api, on the path its routes share", ({ name, sub }) => {
    // A sub-app at the root hides where its routes live and lets unrelated paths grow in one file.
    const bases = mounts(sub).flatMap(({ own, served }) => served.map((r) => baseOf(r.path, own.path)));
    const why = name in AT_API_ROOT ? `listed in AT_API_ROOT, yet mounted below /api` : `mounted at "/"`;
    expect(bases.includes("/api"), `${name} is ${why}`).toBe(name in AT_API_ROOT);
  });

  it.each(subApps)("declare $name's routes relative to its mount", ({ sub }) => {
    // Routes that all begin with the same segment belong on a base that includes it.
    const firsts = new Set(endpoints(sub.routes).map((r) => r.path.split("/")[1]));
    expect(firsts.size > 1 || firsts.has("") || firsts.has("*"), [...firsts].join(", ")).toBe(true);
  });

  it("serves every feature route from a feature's sub-app", () => {
    const owned = new Set(subApps.flatMap(({ sub }) => endpoints(sub.routes).map(target)));
    const own = ["/api/health", "/api/openapi.json", "/api/docs"];
    const stray = endpoints(app.routes)
      .filter((r) => r.method !== "ALL" && !own.includes(r.path) && !owned.has(target(r)))
      .map((r) => `${r.method} ${r.path}`);
    expect(stray).toEqual([]);
  });
});
