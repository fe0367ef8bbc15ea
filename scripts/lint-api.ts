// `npm run lint:api`: lints the production API document with Redocly (rules in redocly.yaml), offline:
// the document comes from the app itself, asked in-process, with no server and no network.
// `npm run api:document` also writes it to docs/openapi.json, the API's contract as committed: a test
// fails while the served document differs from it, so every change to the API shows in review.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { registerHooks } from "node:module";

// Outside workerd there is no `cloudflare:workers`; serving the document uses none of it, so modules
// that import it (a Durable Object, `env`) load against empty stand-ins.
const STUB = `export class DurableObject {} export class WorkerEntrypoint {} export class WorkflowEntrypoint {}
export class RpcTarget {} export const env = {}; export const exports = {}; export function waitUntil() {}`;
registerHooks({
  resolve: (specifier, context, next) =>
    specifier.startsWith("cloudflare:")
      ? { url: `data:text/javascript,${encodeURIComponent(STUB)}`, shortCircuit: true }
      : next(specifier, context),
});
const { app } = await import("../workers/app");

// Only what serving the document reads; it needs no bindings. APP_URL becomes the document's server.
const env = { ENVIRONMENT: "production", APP_URL: "https://mentoring.acme.com" } as Partial<Env> as Env;
const res = await app.request("https://mentoring.acme.com/api/openapi.json", {}, env);
if (!res.ok) throw new Error(`GET /api/openapi.json answered ${res.status}: ${await res.text()}`);
mkdirSync(".wrangler", { recursive: true });
const document = JSON.stringify(await res.json(), null, 2);
writeFileSync(".wrangler/openapi.json", document);
if (process.argv.includes("--write")) writeFileSync("docs/openapi.json", document + "\n");

const lint = spawnSync("npx", ["redocly", "lint", "--format", "stylish"], {
  stdio: "inherit",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
process.exit(lint.status ?? 1);
