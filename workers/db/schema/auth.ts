/**
 * @module db/schema/auth
 * Sign-in: single-use email tokens, sessions and the counters of rate limits.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { TOKEN_PURPOSES } from "../../domain/kinds";
import { createdAt, id } from "./columns";
import { personRef } from "./people";

/** Single-use email tokens: sign-in links and sign-up confirmations. Only the SHA-256 of a token is kept. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose", { enum: TOKEN_PURPOSES }).notNull(),
    personId: personRef(),
    enrollmentId: text("enrollment_id"),
    /** For a confirmation: the sign-up form as submitted, applied only once the email is confirmed. */
    payload: text("payload", { mode: "json" }),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_tokens_person").on(t.personId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: id(),
    personId: personRef(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    /** The identity provider put this person in ADMIN_GROUP when they signed in: admin for this session. */
    adminByGroup: integer("admin_by_group", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_person").on(t.personId)],
);

/** Fixed-window counters for rate limits, incremented in one upsert so concurrent requests cannot race. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
