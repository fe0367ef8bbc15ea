// `npm start`: applies migrations to the local D1, builds the app, starts the Worker on PORT (8787),
// seeds the demo company once, runs the clock every minute, and prints where to go.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { startClock } from "./clock.ts";

const port = process.env.PORT ?? "8787";
// Local runs need no network: no usage metrics, and the placeholder `Request.cf` instead of fetching one.
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(".dev.vars")) copyFileSync(".dev.vars.example", ".dev.vars");
run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"]);
run("npx", ["vite", "build", "--logLevel", "warn"]);

const dev = spawn(
  "npx",
  [
    "wrangler",
    "dev",
    "--port",
    port,
    "--ip",
    "127.0.0.1",
    "--var",
    `APP_URL:http://localhost:${port}`,
    "--test-scheduled",
  ],
  { stdio: ["inherit", "inherit", "inherit"], env },
);
let stopClock = () => {};
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => {
    stopClock();
    dev.kill(sig);
  });
dev.on("exit", (code) => {
  stopClock();
  process.exit(code ?? 0);
});

const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
try {
  const res = await fetch(`${base}/api/dev/seed`, { method: "POST", headers: { origin: base } });
  const { seeded } = await res.json();
  console.log(seeded ? "\nSeeded the demo company." : "\nThe demo company is already there.");
} catch (err) {
  console.error("Could not seed the demo company:", err);
}
stopClock = startClock({ base });
console.log(`
  Tandem is running at http://localhost:${port}
  Sign in as admin@example.com, then open the mailbox at http://localhost:${port}/dev/mail
  API reference: http://localhost:${port}/api/docs
  The clock ticks every minute: reminders, surveys and follow-ups arrive in the mailbox by themselves.
`);
