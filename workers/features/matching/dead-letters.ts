/**
 * @module features/matching/dead-letters
 * The matching dead-letter queue's consumer: a run whose message the queue gave up on (the solver kept
 * dying, say, out of memory or time) is marked failed with why, so the admin's page shows it failed at
 * once instead of "running" until the clock notices. Marking is idempotent and never touches a run that
 * finished in the meantime; an announcement that died is logged (its mails are keyed, a publish resends
 * nothing twice).
 */
import { createDb } from "../../platform/db";
import type { MatchMessage } from "./messages";
import { failDeadRun } from "./repo/runs";
import { dropCheckpoints } from "./repo/steps";

export async function handleDeadMatch(batch: MessageBatch<MatchMessage>, env: Env) {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const body = message.body;
    if (body?.kind === "run" && typeof body.runId === "string") {
      const why = `The run could not be finished: the matching queue gave up after ${message.attempts} deliveries. Run it again.`;
      await failDeadRun(db, body.runId, why, Date.now());
      await dropCheckpoints(db, body.runId);
    } else if (body?.kind === "announce") {
      console.error(`announcing run ${body.runId} was given up after ${message.attempts} deliveries`);
    }
    message.ack();
  }
}
