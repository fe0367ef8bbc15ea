/**
 * @module features/scim/declare
 * How the SCIM routes (Users and Groups) are declared: behind the SCIM bearer token, with bodies and
 * answers in SCIM's media type, and links to resources at the origin the provider called.
 */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { parseGroupFilter } from "../../domain/scim-group";
import { parseFilter } from "../../domain/scim-user";
import { publicOrigin, type Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import type { AppEnv } from "../../platform/env";
import { routesFor } from "../../platform/routes";
import { ScimGroup, ScimGroupList, ScimGroupQuery } from "./group-schemas";
import { scimBearer } from "./guard";
import { ScimError, scimRefusals } from "./protocol";
import { pageOfGroups } from "./repo/groups";
import { scimPeople } from "./repo/users";
import { SCIM_TYPE, ScimList, ScimListQuery, ScimPatch, ScimUser } from "./schemas";

export const route = routesFor(["SCIM"]).with({ security: [{ scim: [] }], middleware: [scimBearer] as const });
export const byId = route.with({ params: z.object({ id: z.string().min(1).max(64) }) });

/** An answer in SCIM's media type, for the API document. */
export const scim = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { [SCIM_TYPE]: { schema } } as { "application/scim+json": { schema: S } },
  description,
});

/** A request body in SCIM's media type. */
export const body = <S extends z.ZodType>(schema: S) => ({ ...scim(schema, "SCIM request"), required: true });

/** Where the provider finds Tandem, for each resource's `meta.location`. */
export const origin = (c: { var: { config: Config }; req: { url: string } }) => publicOrigin(c.var.config, c.req.url);

/**
 * Each resource's list: the attribute a filter names besides `externalId`, what its document says
 * besides, and how a filter is read and a page fetched.
 */
export const LISTS = {
  users: {
    by: "userName",
    more: ". `startIndex` counts from 1; `count` is at most 100.",
    schemas: { query: ScimListQuery, answer: ScimList },
    read: { parse: parseFilter, page: scimPeople },
  },
  groups: {
    by: "displayName",
    more: "; `excludedAttributes=members` leaves members out.",
    schemas: { query: ScimGroupQuery, answer: ScimGroupList },
    read: { parse: parseGroupFilter, page: pageOfGroups },
  },
};
type Lists = typeof LISTS;

/** The route that finds and pages one kind of resource: a ListResponse, or 400 for a filter Tandem does not read. */
export function listRoute<P extends string, K extends keyof Lists>(path: P, resources: K) {
  const { by, more, schemas } = LISTS[resources] as Lists[K];
  return route.get(path, `Find and page ${resources} (SCIM)`, {
    description: `Filters: \`${by} eq "…"\` and \`externalId eq "…"\`${more}`,
    query: schemas.query as Lists[K]["schemas"]["query"],
    responses: {
      200: scim(schemas.answer as Lists[K]["schemas"]["answer"], "A SCIM ListResponse"),
      ...scimRefusals(400, 401),
    },
  });
}

type Read<F, R> = {
  parse: (filter: string) => F | null;
  page: (db: DB, filter: F | null, startIndex: number, count: number) => Promise<{ rows: R[]; total: number }>;
};

/** One page of a list as asked for: its filter (SCIM's 400 when Tandem does not read it) and its page. */
export async function listed<F, R>(
  c: Context<AppEnv>,
  list: { by: string; read: Read<F, R> },
  q: { filter?: string; startIndex?: number; count?: number },
) {
  const filter = q.filter ? list.read.parse(q.filter) : null;
  if (q.filter && !filter)
    throw new ScimError(400, `Filter by ${list.by} eq "…" or externalId eq "…".`, "invalidFilter");
  const startIndex = Math.max(1, q.startIndex ?? 1);
  const count = Math.min(100, Math.max(0, q.count ?? 100));
  const { rows, total } = await list.read.page(c.var.db, filter, startIndex, count);
  return { rows, total, startIndex };
}

/** Each resource's PatchOp: what its document says of the forms Entra ID and Okta send, and its answer. */
const PATCHES = {
  users: {
    summary: "Change a user (SCIM PatchOp)",
    description:
      'Operations as Entra ID (`{"op":"Replace","path":"active","value":"False"}`) and Okta (`{"op":"replace","value":{"active":false}}`) send them.',
    responses: { 200: scim(ScimUser, "The user as saved"), ...scimRefusals(400, 401, 404, 409) },
  },
  groups: {
    summary: "Change a group: add or remove members, rename (SCIM PatchOp)",
    description:
      'As Entra ID sends them (`{"op":"Add","path":"members","value":[{"value":"<user id>"}]}`) and Okta (`{"op":"remove","path":"members[value eq \\"<user id>\\"]"}`, `{"op":"replace","value":{"displayName":"…"}}`).',
    responses: { 200: scim(ScimGroup, "The group as saved"), ...scimRefusals(400, 401, 404) },
  },
};
type Patches = typeof PATCHES;

/** The route that changes one resource by a SCIM PatchOp. */
export function patchRoute<P extends string, K extends keyof Patches>(path: P, resources: K) {
  const { summary, description, responses } = PATCHES[resources] as Patches[K];
  return byId.patch(path, summary, { description, body: body(ScimPatch), responses });
}
