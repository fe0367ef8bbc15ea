/**
 * @module features/scim/schemas
 * SCIM 2.0 shapes (RFC 7643 resources, RFC 7644 protocol messages): what identity providers send,
 * loose where they send attributes Tandem does not keep, and what Tandem answers.
 */
import { z } from "@hono/zod-openapi";
import { SCIM_ENTERPRISE_USER, SCIM_USER } from "../../domain/scim-user";

export const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
export const SCIM_LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const SCIM_TYPE = "application/scim+json";

const Bool = z.union([z.boolean(), z.enum(["True", "False", "true", "false"])]);
const Text = (max: number) => z.string().max(max).nullish();
/** A message's `schemas` list, which must name the message's own schema. */
export const schemasNaming = (urn: string, max: number) =>
  z
    .array(z.string().max(200))
    .max(max)
    .refine((s) => s.includes(urn), `schemas must include ${urn}`);

export const ScimUserInput = z
  .looseObject({
    schemas: schemasNaming(SCIM_USER, 10),
    userName: z.string().trim().min(1).max(254),
    externalId: Text(256),
    displayName: Text(200),
    name: z.looseObject({ formatted: Text(200), givenName: Text(100), familyName: Text(100) }).optional(),
    emails: z
      .array(
        z.looseObject({ value: z.string().max(254), type: z.string().max(40).optional(), primary: Bool.optional() }),
      )
      .max(20)
      .optional(),
    title: Text(200),
    active: Bool.optional(),
    [SCIM_ENTERPRISE_USER]: z.looseObject({ department: Text(200) }).optional(),
  })
  .openapi("ScimUserInput");
export type ScimUserInput = z.infer<typeof ScimUserInput>;

export const ScimPatch = z
  .object({
    schemas: schemasNaming(SCIM_PATCH, 5),
    Operations: z
      .array(z.object({ op: z.string().max(20), path: z.string().max(300).optional(), value: z.unknown().optional() }))
      .min(1)
      .max(50),
  })
  .openapi("ScimPatchOp");

/** What every resource Tandem answers carries (RFC 7643 section 3.1), around the fields of its own. */
export const scimResource = <T extends z.ZodRawShape>(resourceType: "User" | "Group", own: T) =>
  z.object({
    schemas: z.array(z.string()),
    id: z.string(),
    externalId: z.string().optional(),
    ...own,
    meta: z.object({
      resourceType: z.literal(resourceType),
      created: z.string(),
      lastModified: z.string(),
      location: z.string(),
    }),
  });

/** A page of resources (RFC 7644 section 3.4.2). */
export const scimListOf = <T extends z.ZodType>(resource: T) =>
  z.object({
    schemas: z.array(z.string()),
    totalResults: z.number().int(),
    startIndex: z.number().int(),
    itemsPerPage: z.number().int(),
    Resources: z.array(resource),
  });

export const ScimUser = scimResource("User", {
  userName: z.string(),
  displayName: z.string(),
  name: z.object({ formatted: z.string() }),
  emails: z.array(z.object({ value: z.string(), type: z.literal("work"), primary: z.literal(true) })),
  title: z.string().optional(),
  active: z.boolean(),
  [SCIM_ENTERPRISE_USER]: z.object({ department: z.string() }).optional(),
}).openapi("ScimUser");

export const ScimList = scimListOf(ScimUser).openapi("ScimListResponse");

export const ScimErrorSchema = z
  .object({
    schemas: z.array(z.literal(SCIM_ERROR)),
    status: z.string(),
    scimType: z.string().optional(),
    detail: z.string(),
  })
  .openapi("ScimError");

export const ScimListQuery = z.object({
  filter: z.string().max(500).optional(),
  startIndex: z.coerce.number().int().optional().openapi({ description: "From 1; less counts as 1" }),
  count: z.coerce.number().int().optional().openapi({ description: "Up to 100; less than 0 counts as 0" }),
});
