/**
 * @module features/imports/consumer
 * The import queue's consumer and its dead letters. One message is one bounded step (a chunk of rows,
 * the switch live, or a page of welcomes), and each step is safe to deliver twice
 * (https://developers.cloudflare.com/queues/reference/delivery-guarantees/).
 */
import { createDb } from "../../platform/db";
import { eachMessage } from "../../platform/messages";
import type { ImportMessage } from "./messages";
import { failDeadImport } from "./repo/imports";
import { importStep } from "./run";
import { enqueueWelcomes } from "./welcomes";

export async function handleImportBatch(batch: MessageBatch<ImportMessage>, env: Env) {
  const db = createDb(env.DB);
  await eachMessage(batch, "import", { seconds: 10, most: 600 }, async (body) => {
    if (body?.kind === "prepare") {
      const state = await importStep(db, body.importId);
      if (state === "more") await env.IMPORT_QUEUE.send(body);
      if (state === "live") await env.IMPORT_QUEUE.send({ kind: "welcome", importId: body.importId, after: 0 });
    } else if (body?.kind === "welcome") {
      const after = await enqueueWelcomes(db, env.MAIL_QUEUE, body.importId, body.after);
      if (after !== null) await env.IMPORT_QUEUE.send({ ...body, after });
    }
  });
}

/**
 * Messages the queue gave up on. An import that had not gone live fails, and nothing of it is live
 * (its switch is one transaction); its staged data is dropped. Welcomes left over are re-queued by the
 * clock with all mail never sent.
 */
export async function handleDeadImports(batch: MessageBatch<ImportMessage>, env: Env) {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const id = message.body?.importId;
    if (id) await failDeadImport(db, id, Date.now());
    message.ack();
  }
}
