/**
 * Starts the real app for the browser tests: builds the web app, applies the migrations to a fresh
 * local D1 in a temporary folder, runs `wrangler dev` on a free port and seeds the demo company.
 * A fresh clone has no `.dev.vars`, so every development setting is passed with `--var`. The teardown
 * stops wrangler's whole process group (npx → wrangler → workerd) and removes the folder.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ADMIN_EMAILS } from "./admins";
import { E2E_CLIENT_ID, E2E_CLIENT_SECRET, startIdentityProvider } from "./identity-provider-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    identityProvider: string;
  }
}

// No network here: no usage metrics, and miniflare's placeholder `Request.cf` instead of fetching one.
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Runs a command to its end; rejects with its output when it fails. */
function run(cmd: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => (output += chunk);
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${code}):\n${output}`)),
    );
  });
}

/** Signals a process group; false once nothing in it is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

export default async function setup({ provide }: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "tandem-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // A local OpenID Connect provider, so a browser test signs in through single sign-on for real.
  const idp = await startIdentityProvider(await freePort());
  let pid: number | undefined;
  const killNow = () => pid && signalGroup(pid, "SIGKILL");
  process.once("exit", killNow); // an interrupted run must not leave workerd behind

  async function teardown() {
    if (pid && signalGroup(pid, "SIGTERM")) {
      for (let i = 0; i < 50 && signalGroup(pid, 0); i++) await sleep(100);
      killNow();
    }
    process.off("exit", killNow);
    await idp.close();
    rmSync(state, { recursive: true, force: true });
  }

  let output = "";
  try {
    // Neither needs the other: the web app's build and the database's migrations run side by side.
    await Promise.all([
      run("npx", ["vite", "build", "--logLevel", "warn"]),
      run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]),
    ]);
    const vars = {
      ENVIRONMENT: "development",
      MAIL_TRANSPORT: "dev",
      ADMIN_EMAILS: ADMIN_EMAILS.join(","),
      JWT_SECRET: `e2e-${crypto.randomUUID()}-${crypto.randomUUID()}`,
      APP_URL: baseUrl, // wrangler splits `--var` at the first colon only
      // Every browser test reaches the app from the same address, as a whole office behind one NAT would.
      SIGNIN_LIMIT_PER_IP: "1000",
      JOIN_LIMIT_PER_IP: "1000",
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: E2E_CLIENT_ID,
      OIDC_CLIENT_SECRET: E2E_CLIENT_SECRET,
      OIDC_PROVIDER_NAME: "Test IdP",
      ADMIN_GROUP: "tandem-admins",
    };
    const args = ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", state];
    for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);
    const child = spawn("npx", args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
    pid = child.pid;
    const collect = (chunk: Buffer) => (output = (output + chunk).slice(-20_000));
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);

    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error("wrangler dev exited");
      try {
        if ((await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error("wrangler dev did not answer /api/health within 90 s");
      await sleep(300);
    }
    const seeded = await fetch(`${baseUrl}/api/dev/seed`, { method: "POST", headers: { origin: baseUrl } });
    if (!seeded.ok) throw new Error(`seeding failed: ${seeded.status} ${await seeded.text()}`);
  } catch (err) {
    await teardown();
    throw new Error(`${(err as Error).message}\n--- wrangler dev output ---\n${output}`, { cause: err });
  }
  provide("baseUrl", baseUrl);
  provide("identityProvider", idp.issuer);
  return teardown;
}
