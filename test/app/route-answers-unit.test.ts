import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { answering } from "../../workers/platform/answers";
import { routesFor } from "../../workers/platform/routes";
import { IdParam, json, refusals } from "../../workers/platform/schemas";
import { router } from "../../workers/platform/validate";
import { jsonPoster } from "./route-app";

const Thing = z.object({ name: z.string() });
const thing = json(Thing, "The thing");
const route = routesFor(["Things"]).with({ params: IdParam });

describe("routes that answer one thing", () => {
  it("declares the answer and the refusals once, and a route's own facts and refusals with them", () => {
    const things = answering(route, thing, refusals(401, 404));
    const [get] = things.get("/things/{id}", "A thing", async () => ({ name: "a" }));
    expect(get).toMatchObject({ method: "get", path: "/things/{id}", tags: ["Things"], summary: "A thing" });
    expect(Object.keys(get.responses)).toEqual(["200", "401", "404"]);
    expect(get.responses[200]).toBe(thing);
    const [put] = things.put("/things/{id}", "Rename a thing", { body: Thing, responses: refusals(400) }, async (c) =>
      c.req.valid("json"),
    );
    expect(Object.keys(put.responses)).toEqual(["200", "400", "401", "404"]);
    expect(put.request.params).toBe(IdParam);
    expect(put.request.body).toEqual({ content: { "application/json": { schema: Thing } }, required: true });
  });

  it("answers what a route loads with 200, the view where it loads nothing, and refuses a bad body first", async () => {
    const things = answering(route, thing, refusals(400), async (c) => ({
      name: `view of ${c.req.valid("param").id}`,
    }));
    const app = router()
      .openapi(...things.get("/things/{id}", "A thing"))
      .openapi(...things.post("/things/{id}", "Rename a thing", { body: Thing }, async (c) => c.req.valid("json")));
    const post = jsonPoster(app, "/things/a");
    const got = await app.request("/things/a");
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ name: "view of a" });
    expect(await (await post({ name: "b" })).json()).toEqual({ name: "b" });
    expect((await post({ name: 1 })).status).toBe(400);
  });

  it("refuses to declare a route that has no way to its answer", () => {
    expect(() => answering(route, thing, refusals(404)).get("/things/{id}", "A thing")).toThrow(/no answer/);
  });
});
