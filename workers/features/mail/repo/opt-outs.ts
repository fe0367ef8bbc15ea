/** @module features/mail/repo/opt-outs — who opted out of which category of mail (features/mail/unsubscribe). */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { MailCategory } from "../categories";

export async function isOptedOut(db: DB, email: string, category: string) {
  const rows = await db.all(sql`SELECT 1 FROM mail_opt_outs WHERE email = ${email} AND category = ${category}`);
  return rows.length > 0;
}

export const optOut = (db: DB, email: string, category: MailCategory) =>
  db.run(sql`INSERT INTO mail_opt_outs (email, category) VALUES (${email}, ${category}) ON CONFLICT DO NOTHING`);

export const optIn = (db: DB, email: string, category: MailCategory) =>
  db.run(sql`DELETE FROM mail_opt_outs WHERE email = ${email} AND category = ${category}`);
