/** @module features/audit/schemas — the audit log's query and its page of rows. */
import { z } from "@hono/zod-openapi";
import { AUDIT_ACTIONS } from "../../domain/audit";

/** The cursor is the last row's time and id (`<at>_<id>`), so a page is found by index whatever came since. */
export const AuditQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,15}_[\w-]{1,64}$/, "Not a cursor from this list.")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  action: z.enum(AUDIT_ACTIONS).optional(),
  programId: z.string().min(1).max(64).optional(),
});

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.number(),
    actor: z.object({ id: z.string(), email: z.string() }).nullable(),
    action: z.enum(AUDIT_ACTIONS),
    programId: z.string().nullable(),
    targetId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi("AuditEntry");

export const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
  .openapi("AuditPage");
