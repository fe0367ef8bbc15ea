/**
 * Starts the real app for the browser tests: builds the web app, applies migrations to a fresh local
 * D1 in a temporary folder, runs `wrangler dev` on a free port with development settings, and seeds
 * the demo company. Everything is torn down afterwards.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

export default async function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "tandem-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  run("npx", ["vite", "build", "--logLevel", "warn"]);
  run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
  const vars = {
    ENVIRONMENT: "development",
    MAIL_TRANSPORT: "dev",
    ADMIN_EMAILS: "admin@example.com",
    JWT_SECRET: `e2e-${crypto.randomUUID()}-${crypto.randomUUID()}`,
    APP_URL: baseUrl,
  };
  const args = ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", state];
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  const child = spawn("npx", args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
    rmSync(state, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error(`wrangler dev did not answer within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const seeded = await fetch(`${baseUrl}/api/dev/seed`, { method: "POST", headers: { origin: baseUrl } });
  if (!seeded.ok) throw new Error(`seeding failed: ${seeded.status} ${await seeded.text()}\n${output}`);
  project.provide("baseUrl", baseUrl);
  return stop;
}
