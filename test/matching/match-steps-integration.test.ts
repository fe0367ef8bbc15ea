/**
 * A run solved in steps through D1, as the matching queue's consumer does it when a run is too long
 * for one invocation: forced into many tiny steps, it ends with exactly the result of one
 * uninterrupted solve; a doubled or redelivered step message changes nothing; progress only moves on.
 */
import { describe, expect, it } from "vitest";
import { company300 } from "./company-300";
import { createDb } from "../../workers/platform/db";
import { createRun } from "../../workers/features/matching/repo/runs";
import { claimStep } from "../../workers/features/matching/repo/steps";
import { executeRun, type RunTuning } from "../../workers/features/matching/run";
import type { MatchMessage } from "../../workers/features/matching/messages";
import { env } from "../helpers";

const db = createDb(env.DB);
/** The streamed solve with one candidate a person, so the proof takes several rounds of adding back. */
const STREAMED = { matrixMaxCells: 0, pruning: { perMentee: 1, perSeat: 0 } };

const one = <T>(query: string, ...args: unknown[]) =>
  env.DB.prepare(query)
    .bind(...args)
    .first<T>();
const runRow = (id: string) =>
  one<{ status: string; step: number; progress: string; error: string | null }>(
    "SELECT status, step, progress, error FROM match_runs WHERE id = ?",
    id,
  );
const checkpointParts = async (id: string) =>
  (await one<{ n: number }>("SELECT count(*) AS n FROM match_run_checkpoints WHERE run_id = ?", id))!.n;
const resultOf = async (id: string) => ({
  pairs: (
    await env.DB.prepare(
      "SELECT mentee_id, mentor_id, score, reasons FROM match_proposals WHERE run_id = ? ORDER BY mentee_id",
    )
      .bind(id)
      .all()
  ).results,
  unmatched: (
    await env.DB.prepare("SELECT person_id, reason FROM match_unmatched WHERE run_id = ? ORDER BY person_id")
      .bind(id)
      .all()
  ).results,
});

/** A queue that keeps what the run sends it. */
function keptQueue() {
  const sent: MatchMessage[] = [];
  return { sent, send: async (body: MatchMessage) => void sent.push(body) };
}

/** Where a progress line puts the run: round, then share of the proof (-1 before it), in order. */
function position(progress: string): [number, number] {
  const round = Number(/Round (\d+)/.exec(progress)?.[1] ?? 1);
  const share = /(\d+)% of pairs checked/.exec(progress);
  return [round, share ? Number(share[1]) : -1];
}

const tiny: RunTuning = { ...STREAMED, budgetMs: 0, slice: 7 };

/** A stepped run of the 300 taken `steps` steps in: past its first round, with a message for the next. */
async function runPartWay(steps: number) {
  const programId = (await company300()).program.id;
  const run = await createRun(db, programId, "admin");
  const queue = keptQueue();
  let step = 0;
  for (let i = 0; i < steps; i++) {
    expect(await executeRun(db, queue, run.id, step, tiny)).toBe("processed");
    step = (queue.sent.pop() as { step: number }).step;
  }
  expect(position((await runRow(run.id))!.progress)).not.toEqual([1, -1]);
  return { programId, run, queue, step };
}

/** Delivers the run's messages until it is done. */
async function runToTheEnd(runId: string, queue: ReturnType<typeof keptQueue>) {
  for (let m = queue.sent.pop(); m?.kind === "run"; m = queue.sent.pop()) {
    expect(await executeRun(db, queue, runId, m.step, tiny)).toBe("processed");
  }
  expect(await runRow(runId)).toMatchObject({ status: "done", error: null });
}

describe("a run in steps", () => {
  it("gives exactly the result of one uninterrupted solve, a doubled or redelivered step changing nothing", async () => {
    const programId = (await company300()).program.id;

    // The reference: the same streamed solve in one invocation.
    const whole = await createRun(db, programId, "admin");
    const wholeQueue = keptQueue();
    const once: RunTuning = { ...STREAMED, budgetMs: 600_000, slice: 100_000 };
    expect(await executeRun(db, wholeQueue, whole.id, 0, once)).toBe("processed");
    expect(wholeQueue.sent).toEqual([]);
    expect(await runRow(whole.id)).toMatchObject({ status: "done", error: null });

    const stepped = await createRun(db, programId, "admin");
    const queue = keptQueue();
    // Participants read 13 a statement: the 300 cross pages, the last one short.
    const paged: RunTuning = { ...tiny, pageSize: 13 };
    const positions: [number, number][] = [];
    let message: MatchMessage = { kind: "run", runId: stepped.id };
    let steps = 0;
    for (;;) {
      const step = message.kind === "run" ? (message.step ?? 0) : -1;
      expect(await executeRun(db, queue, stepped.id, step, paged)).toBe("processed");
      steps++;
      const row = (await runRow(stepped.id))!;
      if (row.status !== "running") break;
      positions.push(position(row.progress));
      expect(queue.sent).toHaveLength(1);
      message = queue.sent.pop()!;
      expect(message).toEqual({ kind: "run", runId: stepped.id, step: row.step });
      // Only the latest step's checkpoint is kept, in parts, as text.
      expect(await checkpointParts(stepped.id)).toBeGreaterThan(0);
      expect(
        await one("SELECT DISTINCT typeof(data) AS t FROM match_run_checkpoints WHERE run_id = ?", stepped.id),
      ).toEqual({ t: "text" });

      if (steps === 5) {
        // The message of a step already stored, delivered again: nothing happens.
        const before = await runRow(stepped.id);
        expect(await executeRun(db, queue, stepped.id, step, paged)).toBe("settled");
        expect(await runRow(stepped.id)).toEqual(before);
        expect(queue.sent).toEqual([]);
      }
      if (steps === 8) {
        // Two deliveries of one step: while the first works on it, the second is asked to come back.
        const claimed = await claimStep(db, stepped.id, row.step, Date.now());
        expect(claimed).not.toBeNull();
        expect(await executeRun(db, queue, stepped.id, row.step, paged)).toBe("busy");
        expect(queue.sent).toEqual([]);
        expect((await runRow(stepped.id))!.step).toBe(row.step);
        // That first one died mid-step: its message comes again later, takes the step over and goes on.
        const later = Date.now() + 4 * 60_000;
        expect(await executeRun(db, queue, stepped.id, row.step, paged, later)).toBe("processed");
        steps++;
        const after = (await runRow(stepped.id))!;
        if (after.status !== "running") break;
        positions.push(position(after.progress));
        message = queue.sent.pop()!;
        expect(message).toEqual({ kind: "run", runId: stepped.id, step: after.step });
      }
    }
    // Many small steps, several rounds of the proof, each one further on than the last.
    expect(steps).toBeGreaterThan(20);
    expect(new Set(positions.map(([round]) => round)).size).toBeGreaterThan(1);
    expect(positions.some(([, share]) => share > 0 && share < 100)).toBe(true);
    for (let i = 1; i < positions.length; i++) {
      const [[r0, s0], [r1, s1]] = [positions[i - 1]!, positions[i]!];
      expect(r1 > r0 || (r1 === r0 && s1 >= s0), `${positions[i - 1]} then ${positions[i]}`).toBe(true);
    }

    expect(await runRow(stepped.id)).toMatchObject({ status: "done", error: null });
    expect(await checkpointParts(stepped.id)).toBe(0);
    const [a, b] = [await resultOf(whole.id), await resultOf(stepped.id)];
    expect(b.pairs.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
    // A step message of the finished run does nothing.
    expect(await executeRun(db, queue, stepped.id, 3, paged)).toBe("settled");
    expect(queue.sent).toEqual([]);
  }, 120_000);

  it("starts the solve again when the participants changed between two steps", async () => {
    const { programId, run: stepped, queue, step } = await runPartWay(12);
    // An organiser bans a pair meanwhile: the stored state no longer fits who is matched.
    const pick = (role: string) =>
      one<{ id: string }>(
        "SELECT person_id AS id FROM enrollments WHERE program_id = ? AND role = ? ORDER BY person_id LIMIT 1",
        programId,
        role,
      );
    const [mentor, mentee] = [(await pick("mentor"))!.id, (await pick("mentee"))!.id];
    await env.DB.prepare("INSERT INTO pair_rules (program_id, mentor_id, mentee_id, rule) VALUES (?, ?, ?, 'ban')")
      .bind(programId, mentor, mentee)
      .run();
    expect(await executeRun(db, queue, stepped.id, step, tiny)).toBe("processed");
    // Back to the first round: the candidates were found again and solved.
    expect(position((await runRow(stepped.id))!.progress)).toEqual([1, -1]);
    await runToTheEnd(stepped.id, queue);

    const whole = await createRun(db, programId, "admin");
    const once: RunTuning = { ...STREAMED, budgetMs: 600_000, slice: 100_000 };
    expect(await executeRun(db, keptQueue(), whole.id, 0, once)).toBe("processed");
    expect(await resultOf(stepped.id)).toEqual(await resultOf(whole.id));
  }, 120_000);

  it("starts the solve again from a checkpoint stored as bytes by an earlier version, instead of failing", async () => {
    const { run: stepped, queue, step } = await runPartWay(6);
    await env.DB.prepare("UPDATE match_run_checkpoints SET data = unhex('00010203') WHERE run_id = ?")
      .bind(stepped.id)
      .run();
    expect(await executeRun(db, queue, stepped.id, step, tiny)).toBe("processed");
    expect(position((await runRow(stepped.id))!.progress)).toEqual([1, -1]);
    await runToTheEnd(stepped.id, queue);
  }, 120_000);

  it("pauses after writing each step's progress, so the isolate can serve other requests between steps", async () => {
    const programId = (await company300()).program.id;
    const run = await createRun(db, programId, "admin");
    const seen: string[] = [];
    const pause = async () => void seen.push((await runRow(run.id))!.progress);
    const tuning: RunTuning = { ...STREAMED, budgetMs: 600_000, slice: 50, pause };
    expect(await executeRun(db, keptQueue(), run.id, 0, tuning)).toBe("processed");
    expect(await runRow(run.id)).toMatchObject({ status: "done" });
    // A pause before the first candidates and one after every step, each with its progress already written.
    expect(seen[0]).toMatch(/^Finding each one's best candidates/);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.slice(1).every((p) => /proving optimality|Round \d/.test(p))).toBe(true);
  });
});
