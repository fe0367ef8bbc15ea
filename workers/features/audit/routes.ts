/** @module features/audit/routes — the audit log, newest first, for admins only. */
import { guardedRoutesFor } from "../auth";
import { json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { auditPage } from "./repo";
import { AuditPageSchema, AuditQuery } from "./schemas";

const { adminRoute } = guardedRoutesFor(["Audit log"]);

const readCursor = (cursor: string | undefined) => {
  if (!cursor) return undefined;
  const at = cursor.slice(0, cursor.indexOf("_"));
  return { at: Number(at), id: cursor.slice(at.length + 1) };
};

export const auditRoutes = router().openapi(
  adminRoute.get("/", "Organisers' and admins' actions, newest first, a page at a time (admins)", {
    query: AuditQuery,
    description: "Pass the answer's `nextCursor` as `cursor` for the next page; it is null on the last one.",
    responses: { 200: json(AuditPageSchema, "A page of the log"), ...refusals(400, 401, 403) },
  }),
  async (c) => {
    const { cursor, limit, action, programId } = c.req.valid("query");
    const rows = await auditPage(c.var.db, { after: readCursor(cursor), limit, action, programId });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json(
      {
        items: page.map((r) => ({
          id: r.id,
          at: r.at,
          actor: r.actorId || r.actorEmail ? { id: r.actorId ?? "", email: r.actorEmail ?? "" } : null,
          action: r.action,
          programId: r.programId,
          targetId: r.targetId,
          detail: r.detail,
        })),
        nextCursor: rows.length > limit && last ? `${last.at}_${last.id}` : null,
      },
      200,
    );
  },
);
