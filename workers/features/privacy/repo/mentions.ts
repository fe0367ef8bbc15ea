/**
 * @module features/privacy/repo/mentions
 * An erased person's name and address in what others hold: mail sent to others, others' reminders,
 * and the notes, comments and kudos on the pages they shared. Rows are found in SQL (a substring) and
 * rewritten here, because SQLite's replace() knows no word boundaries: erasing "Al" must leave "Also"
 * alone. Tables that grow with the whole company (the outbox, reminders) are read in rowid ranges, so
 * no statement scans more than RANGE rows, however large they grow.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { escapeHtml } from "../../../platform/html";
import { batchStatements, type Query } from "../../../platform/statements";

/** Rows one search statement covers in a company-wide table. */
export const RANGE = 2_000;
/** Rewritten rows a batch carries. */
const WRITES = 50;

type Who = { id: string; email: string; name: string };
/** `scope` narrows a table to the pages the person shared; `except` leaves rows the erasing batch blanks whole. */
type Target = { table: string; columns: string[]; scope?: (personId: string) => SQL; except?: (who: Who) => SQL };

/** Where another person's text can name them. */
const TARGETS: Target[] = [
  {
    table: "outgoing_mail",
    columns: ["idempotency_key", "to_email", "subject", "text", "html", "attachments"],
    except: (who) => sql`to_email <> ${who.email}`,
  },
  { table: "reminders", columns: ["text"] },
  {
    table: "goal_comments",
    columns: ["body"],
    scope: (p) => sql`goal_id IN (SELECT g.id FROM goals g JOIN mentorships m ON m.id = g.mentorship_id
                        WHERE m.mentor_id = ${p} OR m.mentee_id = ${p})`,
  },
  {
    table: "meetings",
    columns: ["notes", "agenda"],
    scope: (p) => sql`mentorship_id IN (SELECT id FROM mentorships WHERE mentor_id = ${p} OR mentee_id = ${p})`,
  },
  {
    table: "group_notes",
    columns: ["body"],
    scope: (p) => sql`group_id IN (SELECT group_id FROM group_members WHERE person_id = ${p})`,
  },
  { table: "kudos", columns: ["note"], scope: (p) => sql`to_id = ${p}` },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text with the address replaced wherever it occurs, and the name where it stands as a word of its own. */
export function withoutMentions(text: string, who: { email: string; name: string }, anon: string, placeholder: string) {
  let out = text.split(who.email).join(anon);
  // A name is a word of its own when no letter or digit touches it ("Al" in "Al's", not in "Also"); in a
  // mail's HTML it may stand escaped ("O&#39;Brien").
  for (const name of new Set([who.name, escapeHtml(who.name)])) {
    if (!name) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "gu"), placeholder);
  }
  return out;
}

/**
 * Rewrites every row of the targets that names the person, and answers how many statements it took.
 * Safe to run again: a row already rewritten no longer matches.
 */
export async function scrubMentions(db: DB, who: Who, anon: string, placeholder: string) {
  let statements = 0;
  const writes: Query[] = [];
  const flush = async () => {
    if (!writes.length) return;
    await batchStatements(db, writes.splice(0));
    statements += 1;
  };
  for (const target of TARGETS) {
    const cols = target.columns.map((c) => sql.identifier(c));
    const mentions = sql.join(
      target.columns.flatMap((c) => [
        sql`instr(coalesce(${sql.identifier(c)}, ''), ${who.email}) > 0`,
        ...[...new Set([who.name, escapeHtml(who.name)])]
          .filter(Boolean)
          .map((name) => sql`instr(coalesce(${sql.identifier(c)}, ''), ${name}) > 0`),
      ]),
      sql` OR `,
    );
    const found = async (range: SQL) => {
      const where = target.except ? sql`${range} AND ${target.except(who)}` : range;
      statements += 1;
      return db.all<Record<string, string | null> & { rid: number }>(
        sql`SELECT rowid AS rid, ${sql.join(cols, sql`, `)} FROM ${sql.identifier(target.table)} WHERE ${where} AND (${mentions})`,
      );
    };
    const rewrite = async (rows: (Record<string, string | null> & { rid: number })[]) => {
      for (const row of rows) {
        const sets = target.columns.flatMap((c) => {
          const before = row[c];
          if (before == null) return [];
          const after = withoutMentions(before, who, anon, placeholder);
          return after === before ? [] : [sql`${sql.identifier(c)} = ${after}`];
        });
        if (!sets.length) continue;
        writes.push(
          sql`UPDATE ${sql.identifier(target.table)} SET ${sql.join(sets, sql`, `)} WHERE rowid = ${row.rid}`,
        );
        if (writes.length >= WRITES) await flush();
      }
    };
    if (target.scope) {
      await rewrite(await found(target.scope(who.id)));
      continue;
    }
    for (let from = 0; ;) {
      statements += 1;
      const [end] = await db.all<{ rid: number }>(
        sql`SELECT rowid AS rid FROM ${sql.identifier(target.table)} WHERE rowid > ${from} ORDER BY rowid LIMIT 1 OFFSET ${RANGE - 1}`,
      );
      const to = end?.rid ?? Number.MAX_SAFE_INTEGER;
      await rewrite(await found(sql`rowid > ${from} AND rowid <= ${to}`));
      if (!end) break;
      from = to;
    }
  }
  await flush();
  return statements;
}
