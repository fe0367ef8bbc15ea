/**
 * SCIM Groups as departments, with the requests Entra ID and Okta send: create a group with members,
 * add and remove members (Entra's `members` path with a value list, Okta's `members[value eq "…"]`
 * path), rename (Entra's `displayName` path, Okta's path-less replace), replace by PUT, and delete. A
 * person's department follows their group; bad input is a SCIM 400 and changes nothing; only a token opens it.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, env, signIn } from "../helpers";
import { seedProgram } from "../seed";

const SCIM = "application/scim+json";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

type Group = { id: string; displayName: string; externalId?: string; members?: { value: string; display: string }[] };

async function provider() {
  const admin = await signIn(ADMIN);
  const made = await admin.json<{ token: string }>("POST", "/api/admin/scim-tokens", { body: { name: "IdP" } });
  const client = new Client();
  return async <T = Group>(method: string, path: string, body?: unknown, token = made.body.token) => {
    const res = await client.request(method, `/api/scim/v2${path}`, {
      headers: { authorization: `Bearer ${token}`, "content-type": SCIM, accept: SCIM },
      ...(body === undefined ? {} : { raw: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

const departments = async (ids: string[]) =>
  Object.fromEntries(
    await Promise.all(
      ids.map(async (id) => [
        id,
        (await env.DB.prepare("SELECT department FROM people WHERE id = ?").bind(id).first<{ department: string }>())!
          .department,
      ]),
    ),
  );
const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

async function people() {
  const { ids } = await seedProgram({
    people: {
      a: { name: "Ada", role: "mentor", department: "Old" },
      b: { name: "Bo", role: "mentee" },
      c: { name: "Cy", role: "mentee" },
    },
  });
  return ids;
}

describe("SCIM groups", () => {
  it("follow Entra ID: create with members, add, remove, rename, and filter by name", async () => {
    const call = await provider();
    const { a, b, c } = await people();
    const name = `Sales ${crypto.randomUUID().slice(0, 6)}`;
    const created = await call("POST", "/Groups", {
      schemas: [GROUP],
      displayName: name,
      externalId: "entra-sales",
      members: [{ value: a }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ displayName: name, externalId: "entra-sales", members: [{ value: a }] });
    expect(await departments([a, b])).toEqual({ [a]: name, [b]: "" });

    const found = await call<{ totalResults: number; Resources: Group[] }>(
      "GET",
      `/Groups?filter=${encodeURIComponent(`displayName eq "${name}"`)}&excludedAttributes=members`,
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]).toMatchObject({ id, displayName: name });
    expect(found.body.Resources[0]!.members).toBeUndefined();

    await call("PATCH", `/Groups/${id}`, patch({ op: "Add", path: "members", value: [{ value: b }, { value: c }] }));
    expect(await departments([a, b, c])).toEqual({ [a]: name, [b]: name, [c]: name });
    await call("PATCH", `/Groups/${id}`, patch({ op: "Remove", path: "members", value: [{ value: c }] }));
    expect((await departments([c]))[c]).toBe("");

    const renamed = await call(
      "PATCH",
      `/Groups/${id}`,
      patch({ op: "Replace", path: "displayName", value: "Revenue" }),
    );
    expect(renamed.body).toMatchObject({ displayName: "Revenue" });
    expect(renamed.body.members!.map((m) => m.value).sort()).toEqual([a, b].sort());
    expect(await departments([a, b, c])).toEqual({ [a]: "Revenue", [b]: "Revenue", [c]: "" });
  });

  it("follow Okta: path-filtered removal, path-less rename, PUT, and delete falls back to another group", async () => {
    const call = await provider();
    const { a, b } = await people();
    const eng = (await call("POST", "/Groups", { schemas: [GROUP], displayName: "Engineering", members: [] })).body;
    const ops = (await call("POST", "/Groups", { schemas: [GROUP], displayName: "Operations" })).body;
    await call(
      "PATCH",
      `/Groups/${eng.id}`,
      patch({ op: "add", path: "members", value: [{ value: a, display: "a" }] }),
    );
    await call(
      "PATCH",
      `/Groups/${ops.id}`,
      patch({ op: "add", path: "members", value: [{ value: a }, { value: b }] }),
    );
    // The group joined last names the department.
    expect(await departments([a, b])).toEqual({ [a]: "Operations", [b]: "Operations" });

    await call("PATCH", `/Groups/${ops.id}`, patch({ op: "remove", path: `members[value eq "${a}"]` }));
    expect(await departments([a, b])).toEqual({ [a]: "Engineering", [b]: "Operations" });
    await call("PATCH", `/Groups/${ops.id}`, patch({ op: "replace", value: { id: ops.id, displayName: "Ops" } }));
    expect((await departments([b]))[b]).toBe("Ops");

    const put = await call("PUT", `/Groups/${eng.id}`, {
      schemas: [GROUP],
      displayName: "Platform",
      members: [{ value: b }],
    });
    expect(put.body.members).toEqual([{ value: b, display: expect.any(String) }]);
    expect(await departments([a, b])).toEqual({ [a]: "", [b]: "Platform" });

    expect((await call("DELETE", `/Groups/${eng.id}`)).status).toBe(204);
    expect((await departments([b]))[b]).toBe("Ops");
    expect((await call("GET", `/Groups/${eng.id}`)).status).toBe(404);
  });

  it("refuse bad input with SCIM's 400 and change nothing, and need a live token", async () => {
    const call = await provider();
    const { a } = await people();
    const g = (await call("POST", "/Groups", { schemas: [GROUP], displayName: "Legal", members: [{ value: a }] })).body;

    for (const bad of [
      patch({ op: "Add", path: "members", value: [{ value: "nobody-at-all" }] }),
      patch({ op: "Add", path: "members", value: [{ nope: 1 }] }),
      patch({ op: "Replace", path: "displayName", value: "" }),
      patch({ op: "Replace", path: "owner", value: "x" }),
      { schemas: [PATCH_OP], Operations: [] },
    ]) {
      const res = await call<{ status: string; scimType?: string }>("PATCH", `/Groups/${g.id}`, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.status).toBe("400");
    }
    expect((await call("POST", "/Groups", { schemas: ["wrong"], displayName: "X" })).status).toBe(400);
    const filtered = await call("GET", `/Groups?filter=${encodeURIComponent('members eq "x"')}`);
    expect(filtered).toMatchObject({
      status: 400,
      body: { scimType: "invalidFilter", detail: 'Filter by displayName eq "…" or externalId eq "…".' },
    });
    const still = await call("GET", `/Groups/${g.id}`);
    expect(still.body).toMatchObject({ displayName: "Legal", members: [{ value: a }] });
    expect((await departments([a]))[a]).toBe("Legal");

    expect((await call("GET", "/Groups", undefined, "scim_not_a_real_token_at_all")).status).toBe(401);
    expect((await call("DELETE", `/Groups/${g.id}`, undefined, "scim_not_a_real_token_at_all")).status).toBe(401);
    expect(
      (await call("PATCH", "/Groups/no-such-group", patch({ op: "add", path: "members", value: [] }))).status,
    ).toBe(404);
  });
});
