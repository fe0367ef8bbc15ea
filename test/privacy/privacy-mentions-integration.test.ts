/**
 * An erased person's name and address in what others hold: replaced as a word of its own (a short
 * name leaves longer words that contain it alone), found in the outbox range by range, so no statement
 * reads more than RANGE rows however large the outbox is, and safe to run again.
 */
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { RANGE, scrubMentions, withoutMentions } from "../../workers/features/privacy/repo/mentions";
import { env } from "../helpers";

const who = { id: "p-al", email: "al@example.com", name: "Al" };
const ANON = "erased-p-al@erased.invalid";
const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;

describe("an erased person's mentions", () => {
  it("replaces the name only where it stands as a word, and the address wherever it is", () => {
    const say = (text: string) => withoutMentions(text, who, ANON, "Former participant");
    expect(say("Also, Al will join; Al's notes and (Al) too. Alan and Sal stay.")).toBe(
      "Also, Former participant will join; Former participant's notes and (Former participant) too. Alan and Sal stay.",
    );
    expect(say("Write to al@example.com or Al.")).toBe(`Write to ${ANON} or Former participant.`);
    expect(withoutMentions("Zoë and Zoëlle", { ...who, name: "Zoë" }, ANON, "X")).toBe("X and Zoëlle");
    expect(withoutMentions("a.b+c (x)", { ...who, name: "a.b+c" }, ANON, "X")).toBe("X (x)");
    expect(withoutMentions("<p>Hi O&#39;Brien</p> O'Brien", { ...who, name: "O'Brien" }, ANON, "X")).toBe(
      "<p>Hi X</p> X",
    );
  });

  it("rewrites others' mail in every range of a large outbox, in bounded statements, and again finds nothing", async () => {
    const rows = RANGE * 2 + 500;
    await env.DB.batch([
      env.DB.prepare(`DELETE FROM outgoing_mail`),
      env.DB.prepare(
        `${numbers(rows)} INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html)
         SELECT 'm-' || i, 'k-' || i, 'other' || i || '@example.com', 'Hello',
                CASE WHEN i % 1000 = 7 THEN 'Also, Al says hi' ELSE 'Also, nothing' END,
                CASE WHEN i % 1000 = 7 THEN '<p>Al: al@example.com</p>' ELSE '<p>Also</p>' END
         FROM n`,
      ),
      // Mail to the person themselves is the erasing batch's to blank, not this rewrite's.
      env.DB.prepare(
        `INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html)
         VALUES ('own', 'own-key', 'al@example.com', 'Hi Al', 'Hi Al', 'Hi Al')`,
      ),
    ]);
    const db = createDb(env.DB);
    const statements = await scrubMentions(db, who, ANON, "Former participant");
    const ranges = Math.ceil((rows + 1) / RANGE);
    expect(statements).toBeGreaterThanOrEqual(2 * ranges); // the outbox is read range by range
    // Per outbox range one read of its end and one search; the other tables are empty; writes in batches of 50.
    expect(statements).toBeLessThanOrEqual(2 * ranges + 2 * 1 + 4 + Math.ceil(rows / 1000 / 50) + 1);

    const mentioned = await env.DB.prepare(
      `SELECT count(*) AS n FROM outgoing_mail WHERE to_email <> 'al@example.com'
         AND (instr(text, 'Al says') > 0 OR instr(html, 'al@example.com') > 0)`,
    ).first<{ n: number }>();
    expect(mentioned!.n).toBe(0);
    const rewritten = await env.DB.prepare(
      `SELECT count(*) AS n FROM outgoing_mail WHERE text = 'Also, Former participant says hi'
         AND html = '<p>Former participant: ${ANON}</p>'`,
    ).first<{ n: number }>();
    expect(rewritten!.n).toBe(Math.ceil((rows - 7) / 1000));
    const untouched = await env.DB.prepare(
      `SELECT count(*) AS n FROM outgoing_mail WHERE text = 'Also, nothing'`,
    ).first<{
      n: number;
    }>();
    expect(untouched!.n).toBe(rows - rewritten!.n);
    const own = await env.DB.prepare(`SELECT text FROM outgoing_mail WHERE id = 'own'`).first<{ text: string }>();
    expect(own!.text).toBe("Hi Al");

    // Run again (a retried erasure): nothing left to rewrite, only the searches.
    const again = await scrubMentions(db, who, ANON, "Former participant");
    expect(again).toBeLessThanOrEqual(2 * ranges + 2 + 4);
  });
});
