/**
 * @module features/matching/consumer
 * The matching queue's consumer: solves runs a step a message and sends a published run's
 * announcements. Every message is safe to deliver twice (run steps are claimed; mails are keyed).
 */
import { createDb } from "../../platform/db";
import { eachMessage } from "../../platform/messages";
import { announcePage } from "./announce";
import type { MatchMessage } from "./messages";
import { executeRun } from "./run";

export async function handleMatchBatch(batch: MessageBatch<MatchMessage>, env: Env) {
  const db = createDb(env.DB);
  await eachMessage(batch, "matching", { seconds: 30, most: 900 }, async (body) => {
    if (body?.kind === "run") {
      // Another delivery is solving it: look again later, in case that one dies.
      const outcome = await executeRun(db, env.MATCH_QUEUE, body.runId, body.step ?? 0);
      if (outcome === "busy") return { retryInSeconds: 120 };
    } else if (body?.kind === "announce") {
      const after = await announcePage(db, env.MAIL_QUEUE, body.runId, body.after ?? "", body.origin);
      if (after) await env.MATCH_QUEUE.send({ ...body, after });
    }
  });
}
