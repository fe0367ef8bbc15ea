/**
 * @module features/requests/repo/recipients
 * What a request's mail needs of its readers beyond their names: the language they read Tandem in and
 * their time zone, by email (organisers named only in ADMIN_EMAILS may have no row: English, UTC).
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { languageOf, type UiLanguage } from "../../../platform/i18n";

export type Reader = { language: UiLanguage; timezone: string };

export async function readersByEmail(db: DB, emails: string[]): Promise<Map<string, Reader>> {
  if (!emails.length) return new Map();
  const rows = await db.all<{ email: string; ui_language: string | null; timezone: string }>(sql`
    SELECT email, ui_language, timezone FROM people
    WHERE email IN (SELECT value FROM json_each(${JSON.stringify(emails)}))`);
  return new Map(rows.map((r) => [r.email, { language: languageOf(r.ui_language), timezone: r.timezone }]));
}

export const readerOf = (readers: Map<string, Reader>, email: string): Reader =>
  readers.get(email) ?? { language: "en", timezone: "UTC" };
