/**
 * @module features/reports/repo
 * Which managers still wait for this month's report of a program: those with no mail under the
 * report's key in the outbox (its UNIQUE index makes the check a lookup) and who did not opt out of
 * reports. A chunk at a time, a program's managers together, so a chunk spans few programs.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";

export type DueReport = {
  program_id: string;
  person_id: string;
  email: string;
  name: string;
  timezone: string;
  ui_language: string | null;
  program_name: string;
  kind: string;
  match_mode: string;
};

/** The report's idempotency key, as the outbox stores it (written once here and once in SQL below). */
export const reportKey = (programId: string, month: string, personId: string) =>
  `monthly-report:${programId}:${month}:${personId}`;

export const dueReports = (db: DB, month: string, limit: number) =>
  db.all<DueReport>(sql`
    SELECT pm.program_id, pm.person_id, p.email, p.name, p.timezone, p.ui_language,
      pr.name AS program_name, pr.kind, pr.match_mode
    FROM program_managers pm
    JOIN people p ON p.id = pm.person_id
    JOIN programs pr ON pr.id = pm.program_id
    WHERE NOT EXISTS (SELECT 1 FROM outgoing_mail o
        WHERE o.idempotency_key = 'monthly-report:' || pm.program_id || ':' || ${month} || ':' || pm.person_id)
      AND NOT EXISTS (SELECT 1 FROM mail_opt_outs x WHERE x.email = p.email AND x.category = 'reports')
    ORDER BY pm.program_id, pm.person_id
    LIMIT ${limit}`);
