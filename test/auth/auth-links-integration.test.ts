import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Client, createProgram, keyOf, mailbox, signIn, ADMIN, uniqueEmail, type Refusal } from "../helpers";

/** Every sign-in token mailed to `to`, newest first. */
const signInTokens = async (to: string) =>
  (await mailbox())
    .filter((m) => m.to === to && /sign-in link/.test(m.subject))
    .map((m) => new URL(m.links.find((l) => l.includes("token="))!).searchParams.get("token")!);

describe("magic links", () => {
  it("using one sign-in link retires every older one of the same person", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("links");
    const other = uniqueEmail("other");
    for (const e of [email, other]) {
      const joined = await new Client().json("POST", `/api/join/${program.slug}`, {
        body: { key: keyOf(program), name: "L", email: e, role: "mentee", consent: true },
      });
      expect(joined.status).toBe(202);
    }
    for (const e of [email, email, other]) {
      expect((await new Client().json("POST", "/api/auth/magic-link", { body: { email: e } })).status).toBe(202);
    }
    const [newer, older] = await signInTokens(email);
    expect((await new Client().json("POST", "/api/auth/verify", { body: { token: newer } })).status).toBe(200);
    const stale = await new Client().json("POST", "/api/auth/verify", { body: { token: older } });
    expect(stale).toMatchObject({ status: 400, body: { error: { code: "token_used" } } });
    // Someone else's link, and this person's pending sign-up confirmation, still work.
    const [theirs] = await signInTokens(other);
    expect((await new Client().json("POST", "/api/auth/verify", { body: { token: theirs } })).status).toBe(200);
    const confirm = (await mailbox()).find((m) => m.to === email && /Confirm your sign-up/.test(m.subject))!;
    const token = new URL(confirm.links[0]!).searchParams.get("token")!;
    // Signed in before confirming, they have a profile of their own now: the sign-up's name is a change to accept.
    const verify = (body: object) =>
      new Client().json<Refusal>("POST", "/api/auth/verify", { body: { token, ...body } });
    expect((await verify({})).body.error.code).toBe("changes_not_accepted");
    expect((await verify({ acceptChanges: true })).status).toBe(200);
    const unused = await env.DB.prepare(
      "SELECT count(*) AS n FROM email_tokens t JOIN people p ON p.id = t.person_id WHERE p.email = ? AND t.used_at IS NULL",
    )
      .bind(email)
      .first<{ n: number }>();
    expect(unused!.n).toBe(0);
  });
});
