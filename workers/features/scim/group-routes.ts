/**
 * @module features/scim/group-routes
 * SCIM 2.0 Groups for departments: an identity provider creates a group per department, adds and
 * removes its members, renames and deletes it, and each member's department follows (repo/groups).
 * Mounted before the Users routes, whose catch-all answers any other SCIM path.
 */
import { groupPatch, SCIM_GROUP, type GroupChange } from "../../domain/scim-group";
import { body, byId, listed, listRoute, LISTS, origin, patchRoute, route, scim } from "./declare";
import { listResponse, readPatch, ScimError, scimJson, scimRefusals, scimRouter } from "./protocol";
import { deleteGroup, groupById, membersOf, saveGroup, unknownPeople, type ScimGroup } from "./repo/groups";
import { ScimGroup as GroupSchema, ScimGroupGet, ScimGroupInput } from "./group-schemas";
import type { DB } from "../../platform/db";

const missing = () => new ScimError(404, "No such group.");
const iso = (ms: number) => new Date(ms).toISOString();
const withoutMembers = (excluded?: string) => !!excluded && /(^|,)\s*members\s*(,|$)/i.test(excluded);

async function toResource(db: DB, g: ScimGroup, origin: string, members: boolean) {
  return {
    schemas: [SCIM_GROUP],
    id: g.id,
    ...(g.externalId ? { externalId: g.externalId } : {}),
    displayName: g.displayName,
    ...(members ? { members: await membersOf(db, g.id) } : {}),
    meta: {
      resourceType: "Group" as const,
      created: iso(g.createdAt),
      lastModified: iso(g.updatedAt),
      location: `${origin}/api/scim/v2/Groups/${g.id}`,
    },
  };
}

/** Saves a change after checking that every member named is someone in Tandem. */
async function save(db: DB, id: string, change: GroupChange & { create?: boolean }) {
  const unknown = await unknownPeople(db, [...(change.members ?? []), ...change.add]);
  if (unknown.length) throw new ScimError(400, `No such user: ${unknown.slice(0, 5).join(", ")}.`, "invalidValue");
  await saveGroup(db, id, change);
  return (await groupById(db, id))!;
}

const ids = (members?: { value: string }[]) => members?.map((m) => m.value);

export const scimGroupRoutes = scimRouter()
  .openapi(listRoute("/", "groups"), async (c) => {
    const q = c.req.valid("query");
    const { rows, total, startIndex } = await listed(c, LISTS.groups, q);
    const members = !withoutMembers(q.excludedAttributes) && rows.length <= 1;
    const Resources = await Promise.all(rows.map((g) => toResource(c.var.db, g, origin(c), members)));
    return listResponse(c, total, startIndex, Resources);
  })
  .openapi(
    route.post("/", "Create a group, a department (SCIM)", {
      body: body(ScimGroupInput),
      responses: { 201: scim(GroupSchema, "The group"), ...scimRefusals(400, 401) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const id = crypto.randomUUID();
      const group = await save(c.var.db, id, {
        create: true,
        displayName: input.displayName,
        externalId: input.externalId ?? null,
        add: ids(input.members) ?? [],
        remove: [],
      });
      const resource = await toResource(c.var.db, group, origin(c), true);
      c.header("Location", resource.meta.location);
      return scimJson(c, resource, 201);
    },
  )
  .openapi(
    byId.get("/{id}", "A group (SCIM)", {
      query: ScimGroupGet,
      responses: { 200: scim(GroupSchema, "The group"), ...scimRefusals(401, 404) },
    }),
    async (c) => {
      const g = await groupById(c.var.db, c.req.valid("param").id);
      if (!g) throw missing();
      const members = !withoutMembers(c.req.valid("query").excludedAttributes);
      return scimJson(c, await toResource(c.var.db, g, origin(c), members), 200);
    },
  )
  .openapi(
    byId.put("/{id}", "Replace a group: its name and members (SCIM)", {
      body: body(ScimGroupInput),
      responses: { 200: scim(GroupSchema, "The group as saved"), ...scimRefusals(400, 401, 404) },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      if (!(await groupById(c.var.db, id))) throw missing();
      const input = c.req.valid("json");
      const change = { displayName: input.displayName, externalId: input.externalId ?? null, add: [], remove: [] };
      const group = await save(c.var.db, id, { ...change, members: ids(input.members) ?? [] });
      return scimJson(c, await toResource(c.var.db, group, origin(c), true), 200);
    },
  )
  .openapi(patchRoute("/{id}", "groups"), async (c) => {
    const id = c.req.valid("param").id;
    if (!(await groupById(c.var.db, id))) throw missing();
    const change = readPatch(() => groupPatch(c.req.valid("json").Operations));
    const group = await save(c.var.db, id, change);
    return scimJson(c, await toResource(c.var.db, group, origin(c), true), 200);
  })
  .openapi(
    byId.delete("/{id}", "Delete a group (SCIM): its members' department falls back to their other group", {
      responses: { 204: { description: "Deleted" }, ...scimRefusals(401, 404) },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      if (!(await groupById(c.var.db, id))) throw missing();
      await deleteGroup(c.var.db, id);
      return c.body(null, 204);
    },
  );
