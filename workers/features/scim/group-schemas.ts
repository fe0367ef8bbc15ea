/** @module features/scim/group-schemas — SCIM Group shapes (RFC 7643 section 4.2): what providers send and what Tandem answers. */
import { z } from "@hono/zod-openapi";
import { SCIM_GROUP } from "../../domain/scim-group";
import { ScimListQuery, schemasNaming, scimListOf, scimResource } from "./schemas";

const Member = z.looseObject({ value: z.string().min(1).max(64), display: z.string().max(254).optional() });

export const ScimGroupInput = z
  .looseObject({
    schemas: schemasNaming(SCIM_GROUP, 10),
    displayName: z.string().trim().min(1).max(200),
    externalId: z.string().max(256).nullish(),
    members: z.array(Member).max(1000).optional(),
  })
  .openapi("ScimGroupInput");

export const ScimGroup = scimResource("Group", {
  displayName: z.string(),
  members: z.array(z.object({ value: z.string(), display: z.string() })).optional(),
}).openapi("ScimGroup");

export const ScimGroupList = scimListOf(ScimGroup).openapi("ScimGroupListResponse");

/** Entra ID reads groups with `excludedAttributes=members`. */
export const ScimGroupQuery = ScimListQuery.extend({ excludedAttributes: z.string().max(200).optional() });
export const ScimGroupGet = z.object({ excludedAttributes: z.string().max(200).optional() });
