/** What the roulette tests share: a roulette program with its people, the clock's tick, and its rounds. */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/index";
import { ADMIN, env, mailbox, signIn } from "../helpers";
import { seedProgram } from "../seed";

export const HOUR = 3_600_000;
export const WEEK = 7 * 24 * HOUR;
const today = new Date().toISOString().slice(0, 10);
export const T0 = Date.parse(`${today}T00:00:00Z`); // round 1 starts on the program's start day

/** A cron tick at `at`. */
export async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

export type Round = {
  round: number;
  startsAt: number;
  pairs: { id: string; personIds: string[]; met: boolean | null }[];
};

export async function setUp(names: string[], program: Record<string, unknown> = {}) {
  const seeded = await seedProgram({
    program: { kind: "roulette", cadenceWeeks: 1, startsOn: today, ...program },
    people: Object.fromEntries(
      names.map((n, i) => [n, { name: n, role: "both", department: i % 2 ? "Sales" : "Legal", timezone: "UTC" }]),
    ),
  });
  // A fresh session each time: ticks weeks ahead purge the sessions of today.
  const rounds = async () =>
    (await (await signIn(ADMIN)).json<Round[]>("GET", `/api/programs/${seeded.program.id}/roulette/rounds?limit=10`))
      .body;
  const intros = async () => (await mailbox()).filter((m) => m.subject.startsWith(`${seeded.program.name}: meet `));
  return { ...seeded, rounds, intros };
}

export const everyone = (r: Round | undefined) => (r?.pairs.flatMap((p) => p.personIds) ?? []).sort();
export const pairKeys = (rs: Round[]) => rs.flatMap((r) => r.pairs.map((p) => p.personIds.join("|")));
