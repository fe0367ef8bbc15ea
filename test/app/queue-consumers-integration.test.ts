/** The table of queue consumers is the configuration's: every queue wrangler.toml consumes has one, and no other. */
import { createMessageBatch } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import config from "../../wrangler.toml?raw";
import worker from "../../workers/index";
import { QUEUE_CONSUMERS } from "../../workers/queues";

const consumed = (parse(config) as { queues: { consumers: { queue: string }[] } }).queues.consumers.map((c) => c.queue);

describe("queue consumers", () => {
  it("are one table naming exactly the queues wrangler.toml consumes", () => {
    expect(Object.keys(QUEUE_CONSUMERS).sort()).toEqual([...consumed].sort());
  });

  it("refuse a batch from a queue nobody declared, rather than reading it as another queue's", async () => {
    const batch = createMessageBatch("tandem-unknown", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: { mailId: "x" } },
    ]);
    await expect(worker.queue(batch, env)).rejects.toThrow(/No consumer for queue tandem-unknown/);
  });
});
