/**
 * @module features/privacy/repo/export
 * Reads a person's export: every section's select in one batch, one D1 round trip.
 */
import type { DB } from "../../../platform/db";
import { activitySections } from "./export-activity";
import { companySections } from "./export-company";
import { ownSections } from "./export-own";

/** Every section of a person's export: the tables it reads and its select. */
export const exportSources = (db: DB, personId: string) => ({
  ...ownSections(db, personId),
  ...activitySections(db, personId),
  ...companySections(db, personId),
});

type Sources = ReturnType<typeof exportSources>;
export type ExportData = { [K in keyof Sources]: Awaited<Sources[K][1]> };

export async function readExport(db: DB, personId: string): Promise<ExportData> {
  const sources = exportSources(db, personId);
  const keys = Object.keys(sources) as (keyof Sources)[];
  const selects = keys.map((k) => sources[k][1]);
  const rows = await db.batch(selects as [(typeof selects)[number], ...typeof selects]);
  return Object.fromEntries(keys.map((k, i) => [k, rows[i]])) as ExportData;
}
