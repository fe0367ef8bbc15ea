/**
 * @module routes/mail-problems
 * Mail that could not be delivered, for admins: what, to whom, how often it was tried and why it failed,
 * newest first; and sending one again once the cause is fixed.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq } from "drizzle-orm";
import { requireAdmin } from "../auth/middleware";
import { outgoingMail } from "../db/schema";
import { notFound } from "../lib/errors";
import { router } from "../lib/validate";
import { enqueueByLane } from "../mail/outbox";
import { IdParam, errors, json } from "../schemas/common";

const tags = ["Mail problems"];
const Problem = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.number(),
  })
  .openapi("MailProblem");

export const mailProblemRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/mail-problems",
      tags,
      summary: "Mail that failed for good, newest first (admins)",
      responses: {
        200: json(z.object({ items: z.array(Problem) }).openapi("MailProblems"), "Failed mail"),
        401: errors[401],
        403: errors[403],
      },
    }),
    async (c) => {
      requireAdmin(c.var.user);
      const rows = await c.var.db
        .select()
        .from(outgoingMail)
        .where(eq(outgoingMail.status, "failed"))
        .orderBy(desc(outgoingMail.createdAt))
        .limit(200);
      const items = rows.map((r) => ({
        id: r.id,
        to: r.toEmail,
        subject: r.subject,
        attempts: r.attempts,
        lastError: r.lastError,
        createdAt: r.createdAt,
      }));
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/mail-problems/{id}/retry",
      tags,
      summary: "Send a failed mail again (admins); it keeps its key, so it still goes out once",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ queued: z.literal(true) }), "Queued"),
        401: errors[401],
        403: errors[403],
        404: errors[404],
      },
    }),
    async (c) => {
      requireAdmin(c.var.user);
      const { id } = c.req.valid("param");
      const rows = await c.var.db
        .update(outgoingMail)
        .set({ status: "pending", attempts: 0 })
        .where(and(eq(outgoingMail.id, id), eq(outgoingMail.status, "failed")))
        .returning({ id: outgoingMail.id, lane: outgoingMail.lane });
      if (!rows.length) throw notFound("Failed mail");
      await enqueueByLane(c.env, rows);
      return c.json({ queued: true as const }, 200);
    },
  );
