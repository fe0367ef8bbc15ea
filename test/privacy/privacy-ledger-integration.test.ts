/**
 * The erasure ledger: after someone erased their account, a CSV import leaves their row out (saying
 * why, by row number), SCIM refuses to provision them, and only their own fresh sign-up, confirmed
 * from their mailbox, lets them back in and clears the entry.
 */
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { ADMIN, Client, env, joinAndConfirm, keyOf, signIn, uniqueEmail } from "../helpers";
import { seedProgram } from "../seed";

const people = (email: string) =>
  env.DB.prepare("SELECT count(*) AS n FROM people WHERE email = ?").bind(email).first<{ n: number }>();
const ledger = () => env.DB.prepare("SELECT count(*) AS n FROM erasures").first<{ n: number }>();
const csv = (...emails: string[]) =>
  [CSV_COLUMNS.join(","), ...emails.map((e) => `${e},Back Again,mentee${",".repeat(CSV_COLUMNS.length - 3)}`)].join(
    "\n",
  );

type ImportAnswer = { status: string; created: number; skipped?: { row: number; reason: string }[] };

describe("the erasure ledger", () => {
  it("keeps an erased person out of imports and provisioning until they sign up again themselves", async () => {
    const { admin, emails, ids, program } = await seedProgram({
      people: { gone: { name: "Gus Gone", role: "mentee" } },
    });
    const entries = (await ledger())!.n;
    expect((await admin.api.admin.people[":personId"].$delete({ param: { personId: ids.gone } })).status).toBe(204);
    expect((await ledger())!.n).toBe(entries + 1);

    const newcomer = uniqueEmail("newcomer");
    const imported = await admin.json<ImportAnswer>("POST", `/api/programs/${program.id}/people/import`, {
      raw: csv(newcomer, emails.gone.toUpperCase()),
      headers: { "content-type": "text/csv" },
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ status: "done", created: 1 });
    expect(imported.body.skipped).toEqual([{ row: 3, reason: expect.stringMatching(/erased their Tandem account/) }]);
    expect(JSON.stringify(imported.body)).not.toContain(emails.gone);
    expect((await people(emails.gone))!.n).toBe(0);
    expect((await people(newcomer))!.n).toBe(1);
    const alone = await admin.json<{ error: { code: string; rows: { errors: string[] }[] } }>(
      "POST",
      `/api/programs/${program.id}/people/import`,
      { raw: csv(emails.gone), headers: { "content-type": "text/csv" } },
    );
    expect(alone.status).toBe(400);
    expect(alone.body.error.rows[0]!.errors[0]).toMatch(/erased their Tandem account/);

    const made = await admin.json<{ token: string }>("POST", "/api/admin/scim-tokens", { body: { name: "IdP" } });
    const scim = await admin.request("POST", "/api/scim/v2/Users", {
      headers: { authorization: `Bearer ${made.body.token}`, "content-type": "application/scim+json" },
      raw: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: emails.gone }),
    });
    expect(scim.status).toBe(409);
    expect(await scim.text()).toMatch(/erased their Tandem account/);
    expect((await people(emails.gone))!.n).toBe(0);

    // Their own sign-up, confirmed from their mailbox, brings them back and clears the entry.
    await joinAndConfirm(program, emails.gone);
    expect((await ledger())!.n).toBe(entries);
    const again = await admin.json<ImportAnswer>("POST", `/api/programs/${program.id}/people/import`, {
      raw: csv(emails.gone),
      headers: { "content-type": "text/csv" },
    });
    expect(again.status).toBe(200);
    expect(again.body.skipped).toEqual([]);
  });

  it("is named in the sign-up's privacy notice, with how long data is kept", async () => {
    const { program } = await seedProgram();
    const info = await new Client().json<{ privacyNotice: string }>(
      "GET",
      `/api/join/${program.slug}?key=${keyOf(program)}`,
    );
    expect(info.body.privacyNotice).toMatch(/deleted after 24 months/);
    expect(info.body.privacyNotice).toMatch(/download everything Tandem holds about you or erase your account/);
  });

  it("keeps no address, only its hash and the day", async () => {
    const { ids, emails } = await seedProgram({ people: { gone: { name: "Hal Hashed", role: "mentee" } } });
    const admin = await signIn(ADMIN);
    await admin.api.admin.people[":personId"].$delete({ param: { personId: ids.gone } });
    const rows = await env.DB.prepare("SELECT email_hash, erased_on FROM erasures").all<{
      email_hash: string;
      erased_on: string;
    }>();
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(emails.gone));
    const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(rows.results).toContainEqual({ email_hash: hash, erased_on: new Date().toISOString().slice(0, 10) });
  });
});
