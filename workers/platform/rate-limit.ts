/**
 * @module platform/rate-limit
 * Fixed-window counters kept in D1. One upsert both resets an old window and counts the hit,
 * so concurrent requests cannot slip past the limit (ARCHITECTURE.md, invariant 2).
 */
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import type { DB } from "./db";

/** The caller's address as Cloudflare saw it; "local" in development, where there is no edge. */
export const clientIp = (c: Context) => c.req.header("cf-connecting-ip") ?? "local";

/** Counts a hit on `key`; true while the count in the current window is within `limit`. */
export async function allowHit(db: DB, key: string, limit: number, windowMs: number, now = Date.now()) {
  const windowStart = now - (now % windowMs);
  const row = await db.get<{ count: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT(key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.count + 1 ELSE 1 END,
      window_start = excluded.window_start
    RETURNING count`);
  return (row?.count ?? 1) <= limit;
}
