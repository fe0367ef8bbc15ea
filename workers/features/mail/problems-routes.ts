/**
 * @module features/mail/problems-routes
 * Mail that could not be delivered, for admins: what, to whom, how often it was tried and why it failed,
 * newest first; and sending one again once the cause is fixed. Also the state of each lane by kind
 * (waiting, sending, sent, failed, expired), so a stuck lane shows, and the progress of recent bulk sends.
 */
import { z } from "@hono/zod-openapi";
import { guardedRoutesFor } from "../auth";
import { notFound } from "../../platform/errors";

import { router } from "../../platform/validate";
import { enqueueByLane } from "./outbox";
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";
import { mailProgress } from "./repo/batches";
import { failedMails, laneCounts, retryFailed } from "./repo/status";
import { LaneCounts, MailProgress, Problem } from "./schemas";

/** The counts cover mail of the last week, and all mail still waiting however old. */
const STATUS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const RECENT_BULK_SENDS = 20;

const { adminRoute } = guardedRoutesFor(["Mail problems"]);

export const mailProblemRoutes = router()
  .openapi(
    adminRoute.get("/mail-problems", "Mail that failed for good, newest first (admins)", {
      responses: { 200: json(itemsOf(Problem, "MailProblems"), "Failed mail"), ...refusals(401, 403) },
    }),
    async (c) => {
      const items = (await failedMails(c.var.db)).map((r) => ({
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
    adminRoute.get("/mail-status", "Mail by lane and kind, and the progress of recent bulk sends (admins)", {
      description: `Counts cover mail created in the last 7 days and all mail still waiting. Bulk sends are the ${RECENT_BULK_SENDS} most recent (an import's welcome mails, a group's publish), newest first.`,
      responses: {
        200: json(
          z.object({ lanes: z.array(LaneCounts), bulkSends: z.array(MailProgress) }).openapi("MailStatus"),
          "Mail status",
        ),
        ...refusals(401, 403),
      },
    }),
    async (c) => {
      const lanes = await laneCounts(c.var.db, Date.now() - STATUS_WINDOW_MS);
      const bulkSends = await mailProgress(c.var.db, { recent: RECENT_BULK_SENDS });
      return c.json({ lanes, bulkSends }, 200);
    },
  )
  .openapi(
    adminRoute.post(
      "/mail-problems/{id}/retry",
      "Send a failed mail again (admins); it keeps its key, so it still goes out once",
      {
        params: IdParam,
        responses: { 200: json(z.object({ queued: z.literal(true) }), "Queued"), ...refusals(401, 403, 404) },
      },
    ),
    async (c) => {
      const rows = await retryFailed(c.var.db, c.req.valid("param").id);
      if (!rows.length) throw notFound("Failed mail");
      await enqueueByLane(c.env, rows);
      return c.json({ queued: true as const }, 200);
    },
  );
