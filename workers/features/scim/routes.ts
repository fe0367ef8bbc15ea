/**
 * @module features/scim/routes
 * SCIM 2.0 Users (RFC 7644) for an identity provider's provisioning (Entra ID, Okta), behind a bearer
 * token an admin made: find by `userName` or `externalId`, page, create, replace, patch, delete.
 * Turning someone off (`active: false`) or deleting them deprovisions them (deprovision.ts).
 */
import type { Context } from "hono";
import { patchFields, type ScimFields } from "../../domain/scim-user";
import type { AppEnv } from "../../platform/env";
import { mailerOf } from "../mail";
import { isErased } from "../privacy";
import { deprovision } from "./deprovision";
import { body, byId, listed, listRoute, LISTS, origin, patchRoute, route, scim } from "./declare";
import { listResponse, readPatch, ScimError, scimJson, scimRefusals, scimRouter } from "./protocol";
import { changesOf, emailOf, fieldsOfResource, toResource } from "./resource";
import { emailTaken, insertProvisioned, personForEmail, saveProvisioned, scimPerson } from "./repo/users";
import { ScimUser, ScimUserInput } from "./schemas";

/** Two requests for one email at once: the later write meets the unique index, which is SCIM's 409. */
async function unlessTaken<T>(write: Promise<T>) {
  try {
    return await write;
  } catch (e) {
    if (String((e as Error)?.message ?? e).includes("UNIQUE constraint failed")) throw taken();
    throw e;
  }
}

const missing = () => new ScimError(404, "No such user.");
const taken = () => new ScimError(409, "Another user already has this userName.", "uniqueness");
const erased = () =>
  new ScimError(
    409,
    "This person erased their Tandem account; they come back only by signing up themselves.",
    "invalidValue",
  );

export const scimRoutes = scimRouter()
  .openapi(listRoute("/Users", "users"), async (c) => {
    const { rows, total, startIndex } = await listed(c, LISTS.users, c.req.valid("query"));
    const Resources = rows.map((p) => toResource(p, origin(c)));
    return listResponse(c, total, startIndex, Resources);
  })
  .openapi(
    route.post("/Users", "Provision a user (SCIM)", {
      description:
        "Someone already in Tandem with this email (signed up before provisioning) is taken over, not duplicated.",
      body: body(ScimUserInput),
      responses: { 201: scim(ScimUser, "The user as provisioned"), ...scimRefusals(400, 401, 409) },
    }),
    async (c) => {
      const fields = fieldsOfResource(c.req.valid("json"));
      const email = emailOf(fields)!;
      const { person, scim: link } = changesOf(fields);
      if (await isErased(c.var.db, email)) throw erased();
      const existing = await personForEmail(c.var.db, email);
      if (existing?.provisioned) throw taken();
      const id = existing?.id ?? crypto.randomUUID();
      const name = person.name ?? email.split("@")[0]!;
      if (existing) await saveProvisioned(c.var.db, id, { ...person, name }, { ...link, deletedAt: null });
      else
        await unlessTaken(
          insertProvisioned(
            c.var.db,
            id,
            { email, name, title: person.title ?? "", department: person.department ?? "" },
            link,
          ),
        );
      const saved = (await scimPerson(c.var.db, id))!;
      if (!saved.active) await deprovision(mailerOf(c), saved);
      c.header("Location", toResource(saved, origin(c)).meta.location);
      return scimJson(c, toResource(saved, origin(c)), 201);
    },
  )
  .openapi(
    byId.get("/Users/{id}", "A user (SCIM)", {
      responses: { 200: scim(ScimUser, "The user"), ...scimRefusals(401, 404) },
    }),
    async (c) => {
      const p = await scimPerson(c.var.db, c.req.valid("param").id);
      if (!p) throw missing();
      return scimJson(c, toResource(p, origin(c)), 200);
    },
  )
  .openapi(
    byId.put("/Users/{id}", "Replace a user (SCIM)", {
      body: body(ScimUserInput),
      responses: { 200: scim(ScimUser, "The user as saved"), ...scimRefusals(400, 401, 404, 409) },
    }),
    async (c) =>
      c.var && scimJson(c, await change(c, c.req.valid("param").id, fieldsOfResource(c.req.valid("json"))), 200),
  )
  .openapi(patchRoute("/Users/{id}", "users"), async (c) => {
    const fields = readPatch(() => patchFields(c.req.valid("json").Operations));
    return scimJson(c, await change(c, c.req.valid("param").id, fields), 200);
  })
  .openapi(
    byId.delete("/Users/{id}", "Delete a user (SCIM): deprovisions them", {
      description: "They leave every program and their sessions end; their history stays, and they cannot sign in.",
      responses: { 204: { description: "Deleted" }, ...scimRefusals(401, 404) },
    }),
    async (c) => {
      const p = await scimPerson(c.var.db, c.req.valid("param").id);
      if (!p) throw missing();
      await saveProvisioned(c.var.db, p.id, {}, { active: false, deletedAt: Date.now() });
      await deprovision(mailerOf(c), p);
      return c.body(null, 204);
    },
  );

// Resources Tandem does not serve answer in SCIM's error shape too, which providers read.
scimRoutes.all("/*", () => {
  throw new ScimError(404, "Tandem serves the Users and Groups resources only.");
});

/** Applies a PUT's or PATCH's fields to a user and deprovisions them when it turns them off. */
async function change(c: Context<AppEnv>, id: string, fields: ScimFields) {
  const p = await scimPerson(c.var.db, id);
  if (!p) throw missing();
  const { person, scim: link } = changesOf(fields);
  if (person.email && person.email !== p.email) {
    if (await emailTaken(c.var.db, person.email, p.id)) throw taken();
    if (await isErased(c.var.db, person.email)) throw erased();
  }
  await unlessTaken(saveProvisioned(c.var.db, p.id, person, link));
  const saved = (await scimPerson(c.var.db, p.id))!;
  if (!saved.active) await deprovision(mailerOf(c), saved);
  return toResource(saved, origin(c));
}
