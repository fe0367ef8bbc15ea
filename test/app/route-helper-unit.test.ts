import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { csvBody } from "../../workers/platform/csv-http";
import { routesFor } from "../../workers/platform/routes";
import { IdParam, json } from "../../workers/platform/schemas";
import { router } from "../../workers/platform/validate";
import { jsonPoster } from "./route-app";

const Thing = z.object({ name: z.string() });
const answers = { 200: json(Thing, "The thing") };

describe("the route helper", () => {
  it("declares what createRoute would: method, path, tags, summary and the request parts given", () => {
    const r = routesFor(["Things"]).post("/things/{id}", "Rename a thing", {
      params: IdParam,
      body: Thing,
      responses: answers,
    });
    expect(r).toMatchObject({ method: "post", path: "/things/{id}", tags: ["Things"], summary: "Rename a thing" });
    expect(r.request.params).toBe(IdParam);
    expect(r.request.body).toEqual({ content: { "application/json": { schema: Thing } }, required: true });
  });

  it("leaves out the request when a route has none, and keeps a body that is not JSON as given", () => {
    const route = routesFor(["Things"]);
    expect(route.get("/things", "All things", { responses: answers })).not.toHaveProperty("request");
    expect(route.put("/things.csv", "Replace all things", { body: csvBody, responses: answers }).request.body).toBe(
      csvBody,
    );
  });

  it("gives shared facts to every route of `with`, and a route's own facts win", () => {
    const guard = async (_c: unknown, next: () => Promise<void>) => next();
    const own = async (_c: unknown, next: () => Promise<void>) => next();
    const shared = routesFor(["Things"]).with({ middleware: [guard] as const, params: IdParam, responses: answers });
    expect(shared.get("/things/{id}", "One thing")).toMatchObject({
      middleware: [guard],
      request: { params: IdParam },
    });
    expect(shared.delete("/things/{id}", "Drop a thing", { middleware: [own] as const }).middleware).toEqual([own]);
  });

  it("validates what it declares: a bad body is refused before the handler", async () => {
    const app = router().openapi(
      routesFor(["Things"]).post("/things/{id}", "Rename a thing", {
        params: IdParam,
        body: Thing,
        responses: answers,
      }),
      (c) => c.json({ name: `${c.req.valid("param").id}:${c.req.valid("json").name}` }, 200),
    );
    const post = jsonPoster(app, "/things/a");
    expect(await (await post({ name: "b" })).json()).toEqual({ name: "a:b" });
    expect((await post({ name: 1 })).status).toBe(400);
  });
});
