import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              remoteBindings: false,
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ENVIRONMENT: "development",
                  MAIL_TRANSPORT: "dev",
                  ADMIN_EMAILS: "admin@example.com",
                  JWT_SECRET: "test-secret-for-vitest-only-0123456789abcdef",
                  APP_URL: "",
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/**/*.test.ts"],
            exclude: ["test/e2e/**", "test/node/**"],
            // One workerd for all the files instead of one a file (its start-up cost more than most files'
            // tests); the setup file gives each file an empty database all the same.
            isolate: false,
            setupFiles: ["./test/apply-migrations.ts"],
            // Generous but bounded: a sweep over every route takes seconds on a busy 2-core machine.
            testTimeout: 30_000,
          },
        },
        {
          // Checks that need Node-only tools, such as a strict MIME parser (mailparser).
          // They share one process, as the workerd files share one workerd: none changes what outlives it.
          test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", isolate: false },
        },
        {
          test: {
            name: "e2e",
            include: ["test/e2e/**/*.test.ts"],
            environment: "node",
            globalSetup: ["./test/e2e/global-setup.ts"],
            // A journey waits on queues and pages that a busy machine slows down; its steps have their own bounds.
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // One file after another against the one app, in one process: its files keep no state of their
            // own outside the app, so a fresh process a file would only add its start-up.
            fileParallelism: false,
            isolate: false,
            // Run alone (`npm run test:browser`) beside the workerd tests; in a plain `vitest run`, after them.
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  };
});
