/**
 * @module features/scim/routes
 * SCIM 2.0 Users (RFC 7644) for an identity provider's provisioning (Entra ID, Okta), behind a bearer
 * token an admin made: find by `userName` or `externalId`, page, create, replace, patch, delete.
 * Turning someone off (`active: false`) or deleting them deprovisions them (deprovision.ts).
 */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { parseFilter, patchFields, ScimPatchError, type ScimFields } from "../../domain/scim-user";
import type { AppEnv } from "../../platform/env";
import { publicOrigin } from "../../platform/config";
import { routesFor } from "../../platform/routes";
import { mailerOf } from "../mail";
import { isErased } from "../privacy";
import { deprovision } from "./deprovision";
import { scimBearer } from "./guard";
import { ScimError, scimJson, scimRefusals, scimRouter } from "./protocol";
import { changesOf, emailOf, fieldsOfResource, toResource } from "./resource";
import { emailTaken, insertProvisioned, personForEmail, saveProvisioned, scimPeople, scimPerson } from "./repo/users";
import { SCIM_LIST, SCIM_TYPE, ScimList, ScimListQuery, ScimPatch, ScimUser, ScimUserInput } from "./schemas";

export const SCIM_SECURITY = [{ scim: [] }];
const route = routesFor(["SCIM"]).with({ security: SCIM_SECURITY, middleware: [scimBearer] as const });
const byId = route.with({ params: z.object({ id: z.string().min(1).max(64) }) });
const scim = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { [SCIM_TYPE]: { schema } } as { "application/scim+json": { schema: S } },
  description,
});
const body = <S extends z.ZodType>(schema: S) => ({ ...scim(schema, "SCIM request"), required: true });

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

type Ctx = Parameters<typeof mailerOf>[0] & {
  req: { url: string };
  var: { config: Parameters<typeof publicOrigin>[0] };
};
const origin = (c: Ctx) => publicOrigin(c.var.config, c.req.url);

export const scimRoutes = scimRouter()
  .openapi(
    route.get("/Users", "Find and page users (SCIM)", {
      description:
        'Filters: `userName eq "…"` and `externalId eq "…"`. `startIndex` counts from 1; `count` is at most 100.',
      query: ScimListQuery,
      responses: { 200: scim(ScimList, "A SCIM ListResponse"), ...scimRefusals(400, 401) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const filter = q.filter ? parseFilter(q.filter) : null;
      if (q.filter && !filter)
        throw new ScimError(400, 'Filter by userName eq "…" or externalId eq "…".', "invalidFilter");
      const startIndex = Math.max(1, q.startIndex ?? 1);
      const count = Math.min(100, Math.max(0, q.count ?? 100));
      const { rows, total } = await scimPeople(c.var.db, filter, startIndex, count);
      const Resources = rows.map((p) => toResource(p, origin(c)));
      return scimJson(
        c,
        { schemas: [SCIM_LIST], totalResults: total, startIndex, itemsPerPage: Resources.length, Resources },
        200,
      );
    },
  )
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
  .openapi(
    byId.patch("/Users/{id}", "Change a user (SCIM PatchOp)", {
      description:
        'Operations as Entra ID (`{"op":"Replace","path":"active","value":"False"}`) and Okta (`{"op":"replace","value":{"active":false}}`) send them.',
      body: body(ScimPatch),
      responses: { 200: scim(ScimUser, "The user as saved"), ...scimRefusals(400, 401, 404, 409) },
    }),
    async (c) => {
      let fields;
      try {
        fields = patchFields(c.req.valid("json").Operations);
      } catch (e) {
        if (e instanceof ScimPatchError) throw new ScimError(400, e.message, e.scimType);
        throw e;
      }
      return scimJson(c, await change(c, c.req.valid("param").id, fields), 200);
    },
  )
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
