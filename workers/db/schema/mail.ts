/**
 * @module db/schema/mail
 * The outbox, the bulk sends its mails belong to, and who opted out of which category.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MAIL_STATUSES } from "../../domain/statuses";
import { MAIL_LANES } from "../../domain/kinds";
import { UI_LANGUAGES } from "../../domain/ui-languages";
import type { MailAttachment } from "../../platform/mail-transport";
import { createdAt, id } from "./columns";

/** One bulk send an admin started (an import's welcomes, a publish, a survey): its mails point here. */
export const mailBatches = sqliteTable(
  "mail_batches",
  {
    id: id(),
    /** What kind of mail, as in its idempotency keys: "welcome", "match", "survey", "group-published". */
    kind: text("kind").notNull(),
    /** What the admin sees, e.g. "Welcome mails for Spring mentoring". */
    label: text("label").notNull(),
    programId: text("program_id"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("mail_batches_created").on(t.createdAt), index("mail_batches_program").on(t.programId, t.createdAt)],
);

/** The outbox: every email the app sends, keyed for exactly-once delivery (ARCHITECTURE.md, invariant 1). */
export const outgoingMail = sqliteTable(
  "outgoing_mail",
  {
    id: id(),
    idempotencyKey: text("idempotency_key").notNull(),
    /** The recipient's address, or `channel:<program id>` for a post to that program's chat channel (domain/chat). */
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /**
     * Suppressed: its recipient unsubscribed from its category before it went out. Expired: its link
     * would have expired before it reached the person, so it was dropped rather than sent dead.
     */
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    /** The unsubscribe category (see features/mail/categories); null for mail nobody can opt out of, like sign-in links. */
    category: text("category"),
    /** Files sent with the mail (a calendar invite), as JSON; small, so they live in the row and never in a queue message. */
    attachments: text("attachments", { mode: "json" }).$type<MailAttachment[]>(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: integer("claimed_at"),
    sentAt: integer("sent_at"),
    createdAt: createdAt(),
    /** Which queue carries it (features/mail/lanes): urgent mail someone is waiting for never waits behind bulk mail. */
    lane: text("lane", { enum: MAIL_LANES }).notNull().default("bulk"),
    /** When its link stops working; a mail that cannot go out before then is marked expired instead. */
    expiresAt: integer("expires_at"),
    /** The bulk send it belongs to (mail_batches), for the admin's progress. */
    batchId: text("batch_id"),
    /**
     * The language it was written in, fixed when it was queued, so the lines added as it goes out (the
     * unsubscribe footer) speak it too, however often it is retried; null is English.
     */
    language: text("language", { enum: UI_LANGUAGES }),
  },
  (t) => [
    uniqueIndex("outgoing_mail_key").on(t.idempotencyKey),
    index("outgoing_mail_batch_status").on(t.batchId, t.status),
    index("outgoing_mail_status_created").on(t.status, t.createdAt),
    index("outgoing_mail_sent").on(t.sentAt),
  ],
);

/** Someone who unsubscribed from a category of mail (by the link in it, or on their preferences page). */
export const mailOptOuts = sqliteTable(
  "mail_opt_outs",
  {
    email: text("email").notNull(),
    category: text("category").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.email, t.category] })],
);
