/**
 * SCIM 2.0 provisioning with the request sequences Entra ID and Okta send: look a user up by
 * userName, create, read, change (Entra's PATCH shapes, Okta's PUT and PATCH), deactivate and
 * delete. Deactivating withdraws the person from every program (their partner told, by mail, once),
 * ends their sessions and keeps them from signing in. Only an admin's live token opens SCIM.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, env, signIn, uniqueEmail } from "../helpers";
import { seedProgram } from "../seed";

const SCIM = "application/scim+json";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

type ScimUser = {
  id: string;
  userName: string;
  displayName: string;
  active: boolean;
  externalId?: string;
  title?: string;
};
type ListResponse = {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
};

async function newToken(admin?: Client) {
  const a = admin ?? (await signIn(ADMIN));
  const res = await a.json<{ id: string; token: string }>("POST", "/api/admin/scim-tokens", {
    body: { name: "Entra ID" },
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** A SCIM client as the provider is: a bearer token, SCIM's media type, no cookie. */
function provider(token: string) {
  const client = new Client();
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const res = await client.request(method, `/api/scim/v2${path}`, {
      headers: { authorization: `Bearer ${token}`, "content-type": SCIM, accept: SCIM },
      ...(body === undefined ? {} : { raw: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status !== 204)
      expect(res.headers.get("content-type"), `${method} ${path}`).toMatch(/^application\/scim\+json/);
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  return call;
}

const filterBy = (userName: string) => `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`;

const mailsTo = async (email: string) =>
  (await env.DB.prepare("SELECT subject FROM outgoing_mail WHERE to_email = ?").bind(email).all<{ subject: string }>())
    .results;

describe("SCIM tokens", () => {
  it("are made by admins only, shown once, and listed without the token", async () => {
    const admin = await signIn(ADMIN);
    const made = await newToken(admin);
    expect(made.token).toMatch(/^scim_/);
    const list = await admin.json<{ items: Record<string, unknown>[] }>("GET", "/api/admin/scim-tokens");
    const listed = list.body.items.find((t) => t.id === made.id)!;
    expect(listed).toMatchObject({ name: "Entra ID", revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(made.token);
    const stored = await env.DB.prepare("SELECT token_hash FROM scim_tokens WHERE id = ?")
      .bind(made.id)
      .first<{ token_hash: string }>();
    expect(stored!.token_hash).not.toContain(made.token);

    const { as } = await seedProgram({ people: { p: { name: "Pat Participant", role: "mentee" } } });
    const participant = await as("p");
    expect((await participant.json("POST", "/api/admin/scim-tokens", { body: { name: "mine" } })).status).toBe(403);
    expect((await participant.json("GET", "/api/admin/scim-tokens")).status).toBe(403);
    expect((await participant.json("DELETE", `/api/admin/scim-tokens/${made.id}`)).status).toBe(403);
    expect((await new Client().json("POST", "/api/admin/scim-tokens", { body: { name: "x" } })).status).toBe(401);
    expect((await admin.json("POST", "/api/admin/scim-tokens", { body: { name: "" } })).status).toBe(400);
  });

  it("refuse a missing, wrong or revoked token and any session cookie with SCIM's 401", async () => {
    const admin = await signIn(ADMIN);
    const { id, token } = await newToken(admin);
    expect((await provider(token)("GET", "/Users?count=1")).status).toBe(200);

    for (const bad of ["", "scim_not-a-real-token-at-all", `${token}x`]) {
      const res = await provider(bad)<{ schemas: string[]; status: string }>("GET", "/Users");
      expect(res.status, bad).toBe(401);
      expect(res.body).toMatchObject({ schemas: [ERROR], status: "401" });
    }
    // An admin's session is not a SCIM credential either.
    const withCookie = await admin.request("GET", "/api/scim/v2/Users");
    expect(withCookie.status).toBe(401);

    expect((await admin.json("DELETE", `/api/admin/scim-tokens/${id}`)).status).toBe(200);
    expect((await provider(token)("GET", "/Users")).status).toBe(401);
    expect((await admin.json("DELETE", `/api/admin/scim-tokens/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe("Entra ID's provisioning sequence", () => {
  it("finds nobody, creates, reads, patches, disables (deprovisioning) and deletes", async () => {
    const { emails, ids, mentorships, program, as } = await seedProgram({
      people: { mentor: { name: "Mo Mentor", role: "mentor" }, mentee: { name: "Mia Mentee", role: "mentee" } },
      pairs: [["mentor", "mentee"]],
    });
    const scim = provider((await newToken()).token);
    const mentorSession = await as("mentor");
    const stranger = uniqueEmail("entra");

    // Entra first asks whether the user exists, by userName, then creates them.
    const none = await scim<ListResponse>("GET", filterBy(stranger));
    expect(none).toEqual({
      status: 200,
      body: {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        totalResults: 0,
        startIndex: 1,
        itemsPerPage: 0,
        Resources: [],
      },
    });
    const created = await scim<ScimUser>("POST", "/Users", {
      schemas: [USER, ENTERPRISE],
      externalId: "0a21f0f2-8d2a-4f8e-bf98-7e5a4c1e0001",
      userName: stranger,
      active: true,
      displayName: "Edda Entra",
      emails: [{ primary: true, type: "work", value: stranger }],
      meta: { resourceType: "User" },
      name: { formatted: "Edda Entra", familyName: "Entra", givenName: "Edda" },
      roles: [],
      [ENTERPRISE]: { department: "Finance" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      userName: stranger,
      displayName: "Edda Entra",
      active: true,
      [ENTERPRISE]: { department: "Finance" },
    });
    const read = await scim<ScimUser>("GET", `/Users/${created.body.id}`);
    expect(read.body).toMatchObject({ id: created.body.id, externalId: "0a21f0f2-8d2a-4f8e-bf98-7e5a4c1e0001" });
    const byExternal = await scim<ListResponse>(
      "GET",
      `/Users?filter=${encodeURIComponent('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7e5a4c1e0001"')}`,
    );
    expect(byExternal.body.Resources.map((u) => u.id)).toEqual([created.body.id]);
    const byWorkMail = await scim<ListResponse>(
      "GET",
      `/Users?filter=${encodeURIComponent(`emails[type eq "work"].value eq "${stranger}"`)}`,
    );
    expect(byWorkMail.body.totalResults).toBe(1);

    // Entra's attribute updates: capitalised ops, paths with filters and the extension's URN.
    const patched = await scim<ScimUser>("PATCH", `/Users/${created.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "Replace", path: "displayName", value: "Edda E. Entra" },
        { op: "Add", path: "title", value: "Controller" },
        { op: "Replace", path: `${ENTERPRISE}:department`, value: "Treasury" },
        { op: "Add", path: 'phoneNumbers[type eq "work"].value', value: "+1 555 0100" },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      displayName: "Edda E. Entra",
      title: "Controller",
      [ENTERPRISE]: { department: "Treasury" },
    });

    // Someone already in Tandem is taken over by userName, not duplicated; then unassigned in Entra.
    const found = await scim<ListResponse>("GET", filterBy(emails.mentor));
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]!.id).toBe(ids.mentor);
    const disable = { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] };
    const disabled = await scim<ScimUser>("PATCH", `/Users/${ids.mentor}`, disable);
    expect(disabled.body).toMatchObject({ id: ids.mentor, active: false });

    const enrollment = await env.DB.prepare("SELECT status FROM enrollments WHERE person_id = ? AND program_id = ?")
      .bind(ids.mentor, program.id)
      .first<{ status: string }>();
    expect(enrollment!.status).toBe("withdrawn");
    const pair = await env.DB.prepare("SELECT status FROM mentorships WHERE id = ?")
      .bind(mentorships[0])
      .first<{ status: string }>();
    expect(pair!.status).not.toBe("active");
    const told = await mailsTo(emails.mentee);
    expect(told.length).toBeGreaterThan(0);
    expect((await mentorSession.json<{ person: unknown }>("GET", "/api/session")).body.person).toBeNull();
    expect((await mentorSession.json("GET", "/api/me")).status).toBe(401);

    // Entra repeats itself: a second disable changes and mails nothing more.
    expect((await scim("PATCH", `/Users/${ids.mentor}`, disable)).status).toBe(200);
    expect(await mailsTo(emails.mentee)).toHaveLength(told.length);

    // Their sessions are ended, not only refused, and nobody mails them a sign-in link.
    const live = await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE person_id = ? AND revoked_at IS NULL")
      .bind(ids.mentor)
      .first<{ n: number }>();
    expect(live!.n).toBe(0);
    const before = (await mailsTo(emails.mentor)).length;
    const asked = await new Client().json("POST", "/api/auth/magic-link", { body: { email: emails.mentor } });
    expect(asked.status).toBe(202);
    expect(await mailsTo(emails.mentor)).toHaveLength(before);

    // Hard delete, 30 days later: gone from SCIM, still unable to sign in.
    expect((await scim("DELETE", `/Users/${created.body.id}`)).status).toBe(204);
    const gone = await scim<{ schemas: string[]; status: string }>("GET", `/Users/${created.body.id}`);
    expect(gone).toEqual({ status: 404, body: { schemas: [ERROR], status: "404", detail: expect.any(String) } });
    expect((await scim<ListResponse>("GET", filterBy(stranger))).body.totalResults).toBe(0);
  });
});

describe("Okta's provisioning sequence", () => {
  it("tests the connection, creates, updates with PUT, deactivates and reactivates with PATCH", async () => {
    const scim = provider((await newToken()).token);
    // Okta's connection test: the first two users.
    const first = await scim<ListResponse>("GET", "/Users?startIndex=1&count=2");
    expect(first.status).toBe(200);
    expect(first.body.itemsPerPage).toBeLessThanOrEqual(2);

    const email = uniqueEmail("okta");
    expect((await scim<ListResponse>("GET", `${filterBy(email)}&startIndex=1&count=100`)).body.totalResults).toBe(0);
    const user = {
      schemas: [USER],
      userName: email,
      name: { givenName: "Olli", familyName: "Okta" },
      emails: [{ primary: true, value: email, type: "work" }],
      displayName: "Olli Okta",
      locale: "en-US",
      externalId: "00u1abcd2EFGHijkL3m4",
      groups: [],
      password: "never-stored-1!",
      active: true,
    };
    const created = await scim<ScimUser>("POST", "/Users", user);
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await scim<ScimUser>("GET", `/Users/${id}`)).body).toMatchObject({
      userName: email,
      displayName: "Olli Okta",
    });
    expect(JSON.stringify((await scim("GET", `/Users/${id}`)).body)).not.toContain("never-stored");

    const put = await scim<ScimUser>("PUT", `/Users/${id}`, {
      ...user,
      id,
      displayName: "Olli Q. Okta",
      title: "Engineer",
    });
    expect(put.body).toMatchObject({ displayName: "Olli Q. Okta", title: "Engineer", active: true });

    const session = await signIn(email);
    const off = await scim<ScimUser>("PATCH", `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { active: false } }],
    });
    expect(off.body).toMatchObject({ id, active: false });
    expect((await session.json<{ person: unknown }>("GET", "/api/session")).body.person).toBeNull();

    const on = await scim<ScimUser>("PATCH", `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { active: true } }],
    });
    expect(on.body.active).toBe(true);
    const back = await signIn(email);
    expect((await back.json<{ person: { email: string } }>("GET", "/api/session")).body.person.email).toBe(email);
  });
});

describe("SCIM refusals and paging", () => {
  it("answers bad input with SCIM errors and changes nothing", async () => {
    const scim = provider((await newToken()).token);
    const email = uniqueEmail("dup");
    const user = { schemas: [USER], userName: email, displayName: "Dee Dup" };
    expect((await scim("POST", "/Users", user)).status).toBe(201);
    const dup = await scim<{ scimType: string }>("POST", "/Users", user);
    expect(dup).toMatchObject({ status: 409, body: { schemas: [ERROR], status: "409", scimType: "uniqueness" } });
    const cases: [string, string, unknown, string][] = [
      ["POST", "/Users", { schemas: [USER] }, "invalidValue"],
      ["POST", "/Users", { schemas: ["urn:other"], userName: uniqueEmail() }, "invalidValue"],
      ["POST", "/Users", { schemas: [USER], userName: "not an email" }, "invalidValue"],
      ["POST", "/Users", { schemas: [USER], userName: uniqueEmail(), active: "maybe" }, "invalidValue"],
      ["GET", `/Users?filter=${encodeURIComponent('displayName co "x"')}`, undefined, "invalidFilter"],
    ];
    for (const [method, path, body, scimType] of cases) {
      const res = await scim<{ scimType?: string }>(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body).toMatchObject({ schemas: [ERROR], status: "400", scimType });
    }
    const [id] = (await scim<ListResponse>("GET", filterBy(email))).body.Resources.map((u) => u.id);
    for (const Operations of [
      [{ op: "move", path: "active", value: false }],
      [{ op: "remove" }],
      [{ op: "replace", value: "x" }],
    ]) {
      const res = await scim("PATCH", `/Users/${id}`, { schemas: [PATCH_OP], Operations });
      expect(res.status, JSON.stringify(Operations)).toBe(400);
    }
    expect((await scim<ScimUser>("GET", `/Users/${id}`)).body).toMatchObject({ displayName: "Dee Dup", active: true });
    expect((await scim("GET", `/Users/${crypto.randomUUID()}`)).status).toBe(404);
    expect(
      (
        await scim("PATCH", `/Users/${crypto.randomUUID()}`, {
          schemas: [PATCH_OP],
          Operations: [{ op: "replace", path: "active", value: false }],
        })
      ).status,
    ).toBe(404);
  });

  it("creates one user when the provider sends the same one twice at once, and answers the other 409", async () => {
    const scim = provider((await newToken()).token);
    const user = { schemas: [USER], userName: uniqueEmail("twice"), displayName: "Tess Twice" };
    const answers = await Promise.all([scim("POST", "/Users", user), scim("POST", "/Users", user)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await scim<ListResponse>("GET", filterBy(user.userName))).body.totalResults).toBe(1);
    const unserved = await scim<{ schemas: string[] }>("GET", "/Devices");
    expect(unserved).toMatchObject({ status: 404, body: { schemas: [ERROR], status: "404" } });
  });

  it("pages with startIndex and count, at most 100 a page", async () => {
    const scim = provider((await newToken()).token);
    for (let i = 0; i < 3; i++) await scim("POST", "/Users", { schemas: [USER], userName: uniqueEmail("page") });
    const all = await scim<ListResponse>("GET", "/Users?startIndex=1&count=3");
    const second = await scim<ListResponse>("GET", "/Users?startIndex=2&count=1");
    expect(second.body).toMatchObject({ startIndex: 2, itemsPerPage: 1, totalResults: all.body.totalResults });
    expect(second.body.Resources[0]!.id).toBe(all.body.Resources[1]!.id);
    expect((await scim<ListResponse>("GET", "/Users?count=1000")).body.itemsPerPage).toBeLessThanOrEqual(100);
    const counted = await scim<ListResponse>("GET", "/Users?count=0");
    expect(counted.body).toMatchObject({ itemsPerPage: 0, Resources: [] });
    expect(counted.body.totalResults).toBeGreaterThanOrEqual(3);
  });
});
