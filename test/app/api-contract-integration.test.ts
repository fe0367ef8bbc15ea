/**
 * The API's contract: the document served in production equals docs/openapi.json, as committed, up to
 * the order of keys and of list items. Moving code around must leave it alone; a change to the API is
 * made on purpose with `npm run api:document`, and its diff shows in review.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import committed from "../../docs/openapi.json";
import { app } from "../../workers/app";

const APP_URL = "https://mentoring.acme.com";

/** Sorted keys, and lists sorted by their items' normalized text: order carries no meaning in the contract. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(normalize)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v);
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalize((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Where `a` and `b` differ, as JSON pointers, for a message that says where. */
function differences(a: unknown, b: unknown, at = "", out: string[] = []): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        out,
      );
  } else out.push(at || "/");
  return out;
}

describe("the API contract", () => {
  it("is the committed docs/openapi.json, up to ordering", async () => {
    const res = await app.request(`${APP_URL}/api/openapi.json`, {}, { ...env, ENVIRONMENT: "production", APP_URL });
    const served = normalize(await res.json());
    const diff = differences(served, normalize(committed));
    expect(diff, "The API document changed; if that is meant, run `npm run api:document` and commit it.").toEqual([]);
  });

  it("notices a change: a response left out of the committed document is a difference", () => {
    const edited = structuredClone(committed) as { paths: Record<string, Record<string, { responses: object }>> };
    delete (edited.paths["/api/health"]!.get!.responses as Record<string, unknown>)["503"];
    expect(differences(normalize(committed), normalize(edited))).toEqual(["/paths/~1api~1health/get/responses/503"]);
  });
});
