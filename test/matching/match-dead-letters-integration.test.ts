/**
 * Matching runs the queue gave up on: the dead-letter consumer marks the run failed with why (the
 * admin's page shows it at once), twice is the same as once, and a finished run stays as it was.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../workers/index";
import type { z } from "@hono/zod-openapi";
import type { MatchRunSchema } from "../../workers/features/matching/schemas";
import { ADMIN, createProgram, signIn } from "../helpers";

type Run = z.infer<typeof MatchRunSchema>;

async function run(programId: string, status: "running" | "done") {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO match_runs (id, program_id, status, progress, started_at) VALUES (?, ?, ?, 'Solving', ?)",
  )
    .bind(id, programId, status, Date.now())
    .run();
  return id;
}

async function deliver(messages: { id: string; body: unknown; attempts: number }[]) {
  const batch = createMessageBatch(
    "tandem-match-dlq",
    messages.map((m) => ({ ...m, timestamp: new Date() })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<never>, env);
  return getQueueResult(batch, ctx);
}

describe("matching dead letters", () => {
  it("mark a dying run failed with the reason, once; a finished run is left alone", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const [dying, done] = [await run(program.id, "running"), await run(program.id, "done")];
    const messages = [
      { id: "m1", attempts: 6, body: { kind: "run", runId: dying } },
      { id: "m2", attempts: 6, body: { kind: "run", runId: done } },
      { id: "m3", attempts: 6, body: { kind: "announce", runId: done, origin: "https://tandem.test" } },
      { id: "m4", attempts: 1, body: { nonsense: true } },
    ];
    const result = await deliver(messages);
    expect(result.explicitAcks.sort()).toEqual(["m1", "m2", "m3", "m4"]);

    const seen = await admin.json<Run>("GET", `/api/programs/${program.id}/match-runs/${dying}`);
    expect(seen.status).toBe(200);
    const shown = seen.body;
    expect(shown).toMatchObject({ status: "failed" });
    expect(shown.error).toMatch(/gave up after 6 deliveries/);
    const finishedAt = shown.finishedAt;

    // Delivered again: nothing changes.
    await deliver(messages);
    const again = await admin.json<Run>("GET", `/api/programs/${program.id}/match-runs/${dying}`);
    expect(again.body.finishedAt).toBe(finishedAt);
    const untouched = await env.DB.prepare("SELECT status, error FROM match_runs WHERE id = ?").bind(done).first();
    expect(untouched).toEqual({ status: "done", error: null });
  });
});
