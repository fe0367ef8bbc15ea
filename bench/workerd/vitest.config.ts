import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { INSPECTOR, probe } from "./probe";

// The workerd bench (`npm run bench:workerd`): the Worker's own configuration, with a probe the
// bench asks for the workerd process's CPU time and memory, and workerd's inspector open, through which
// the probe asks for collections and reads the typed arrays' memory. Not part of `npm test`.
// V8 prints every collection of every isolate, from which the probe reads the isolate's peak heap:
// Miniflare passes these flags to workerd, and starts it through a script that flushes every line.
process.env.MINIFLARE_WORKERD_V8_FLAGS = "--trace-gc";
process.env.TANDEM_BENCH_WORKERD = (createRequire(import.meta.url)("workerd") as { default: string }).default;
process.env.MINIFLARE_WORKERD_PATH = fileURLToPath(new URL("./workerd-line-buffered.sh", import.meta.url));

export default defineConfig(async () => ({
  test: {
    inspect: INSPECTOR,
    fileParallelism: false,
    projects: [
      {
        plugins: [
          cloudflareTest({
            remoteBindings: false,
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("./migrations"),
                ENVIRONMENT: "development",
                MAIL_TRANSPORT: "dev",
                JWT_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
                APP_URL: "",
                // `BENCH_FULL=1` adds 50,000 people; `BENCH_SIZES=2000,5000` picks the sizes.
                BENCH_SIZES: process.env.BENCH_SIZES ?? (process.env.BENCH_FULL ? "10000,20000,50000" : "10000,20000"),
              },
              serviceBindings: { PROBE: probe },
            },
          }),
        ],
        test: {
          name: "bench-workerd",
          include: ["bench/workerd/*.test.ts"],
          // A 20,000-person run takes minutes of CPU on a shared machine.
          testTimeout: 3_600_000,
        },
      },
    ],
  },
}));
