/** @module features/mail/schemas — what admins see of the outbox: failed mail, each lane by kind, and bulk sends' progress. */
import { z } from "@hono/zod-openapi";
import { MAIL_LANES } from "../../domain/kinds";

/** A bulk send, as it was started. */
const batch = {
  id: z.string(),
  kind: z.string().openapi({ description: 'The kind of mail, e.g. "welcome", "group-published"' }),
  label: z.string(),
  programId: z.string().nullable(),
  createdAt: z.number(),
};
/** How far a bulk send's mails got. */
const progress = {
  total: z.number(),
  waiting: z.number().openapi({ description: "Not sent yet (pending or being sent)" }),
  sent: z.number(),
  failed: z.number(),
  skipped: z.number().openapi({ description: "Not sent on purpose: the person unsubscribed, or it expired" }),
};
export const MailProgress = z.object({ ...batch, ...progress }).openapi("MailProgress");
export type MailProgress = z.infer<typeof MailProgress>;

export const LaneCounts = z
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
export type LaneCounts = z.infer<typeof LaneCounts>;

export const Problem = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.number(),
  })
  .openapi("MailProblem");
