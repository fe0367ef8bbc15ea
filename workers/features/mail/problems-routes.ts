/**
 * @module features/mail/problems-routes
 * Mail that could not be delivered, for admins: what, to whom, how often it was tried and why it failed,
 * newest first; and sending one again once the cause is fixed. Also the state of each lane by kind
 * (waiting, sending, sent, failed, expired), so a stuck lane shows, and the progress of recent bulk sends.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, sql } from "drizzle-orm";
import { requireAdmin } from "../auth";
import { outgoingMail } from "../../db/schema";
import { notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { enqueueByLane } from "./outbox";
import { IdParam, errors, json } from "../../platform/schemas";
import { MailProgress, mailProgress } from "./batches";
import { MAIL_LANES } from "../../domain/kinds";

/** The counts cover mail of the last week, and all mail still waiting however old. */
const STATUS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const RECENT_BULK_SENDS = 20;
const LaneCounts = z
  .object({
    lane: z.enum(MAIL_LANES),
    kind: z.string().openapi({ description: 'The kind of mail, e.g. "signin", "welcome", "survey"' }),
    waiting: z.number(),
    sending: z.number(),
    sent: z.number(),
    failed: z.number(),
    expired: z.number().openapi({ description: "Dropped: its link would have expired before it arrived" }),
    suppressed: z.number().openapi({ description: "Not sent: the person unsubscribed from its kind" }),
    oldestWaitingAt: z.number().nullable().openapi({ description: "When the longest-waiting mail was queued" }),
  })
  .openapi("MailLaneCounts");
type Counts = z.infer<typeof LaneCounts>;
const COUNTED = ["sending", "sent", "failed", "expired", "suppressed"] as const;

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
      method: "get",
      path: "/admin/mail-status",
      tags,
      summary: "Mail by lane and kind, and the progress of recent bulk sends (admins)",
      description: `Counts cover mail created in the last 7 days and all mail still waiting. Bulk sends are the ${RECENT_BULK_SENDS} most recent (an import's welcome mails, a group's publish), newest first.`,
      responses: {
        200: json(
          z.object({ lanes: z.array(LaneCounts), bulkSends: z.array(MailProgress) }).openapi("MailStatus"),
          "Mail status",
        ),
        401: errors[401],
        403: errors[403],
      },
    }),
    async (c) => {
      requireAdmin(c.var.user);
      const rows = await c.var.db.all<{
        lane: Counts["lane"];
        kind: string;
        status: string;
        n: number;
        oldest: number;
      }>(sql`
        SELECT lane, CASE WHEN instr(idempotency_key, ':') > 0
            THEN substr(idempotency_key, 1, instr(idempotency_key, ':') - 1) ELSE idempotency_key END AS kind,
          status, count(*) AS n, min(created_at) AS oldest
        FROM outgoing_mail WHERE created_at > ${Date.now() - STATUS_WINDOW_MS} OR status IN ('pending', 'sending')
        GROUP BY lane, kind, status ORDER BY lane DESC, kind`);
      const lanes = new Map<string, Counts>();
      for (const r of rows) {
        const key = `${r.lane}:${r.kind}`;
        const counts = lanes.get(key) ?? {
          ...{ lane: r.lane, kind: r.kind, waiting: 0, sending: 0, sent: 0, failed: 0, expired: 0, suppressed: 0 },
          oldestWaitingAt: null,
        };
        lanes.set(key, counts);
        if (r.status === "pending") {
          counts.waiting += r.n;
          counts.oldestWaitingAt = r.oldest;
        } else if ((COUNTED as readonly string[]).includes(r.status))
          counts[r.status as (typeof COUNTED)[number]] += r.n;
      }
      const bulkSends = await mailProgress(c.var.db, { recent: RECENT_BULK_SENDS });
      return c.json({ lanes: [...lanes.values()], bulkSends }, 200);
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
