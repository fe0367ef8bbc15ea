/**
 * The database as a fresh one: every table emptied and the migrations applied. The workers project's
 * test files share one workerd and its storage (isolate: false in vitest.config.ts), so the setup file
 * calls this before each file, and no file sees what the file before it left.
 */
import { applyD1Migrations, type D1Migration } from "cloudflare:test";

export async function freshDatabase(db: D1Database, migrations: D1Migration[]) {
  const { results: tables } = await db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    )
    .all<{ name: string; sql: string }>();
  // A full-text index keeps its words in shadow tables (`<index>_data`, …): it is rebuilt, never emptied by hand.
  const indexes = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql));
  const textIndexes = indexes.filter((t) => /USING\s+fts5\s*\(/i.test(t.sql));
  const plain = tables.filter(
    (t) => t.name !== "d1_migrations" && !indexes.some((i) => t.name === i.name || t.name.startsWith(`${i.name}_`)),
  );
  if (plain.length > 0) {
    // One batch is one transaction: deferred foreign keys are checked at its end, when every table is empty.
    await db.batch([
      db.prepare("PRAGMA defer_foreign_keys = on"),
      ...plain.map(({ name }) => db.prepare(`DELETE FROM "${name}"`)),
      ...textIndexes.map(({ name }) => db.prepare(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`)),
      db.prepare("DELETE FROM sqlite_sequence"), // AUTOINCREMENT counts from 1 again, as in a fresh database
    ]);
  }
  await applyD1Migrations(db, migrations);
}
