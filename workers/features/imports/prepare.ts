/**
 * @module features/imports/prepare
 * Prepares a staged import a chunk of rows at a time: renders each row's welcome mail into its staged
 * row, then moves the import's cursor. The chunk's writes and the cursor go in one batch, and each
 * write holds only while the cursor is where this delivery read it, so a redelivered or doubled
 * message prepares each chunk once and only one delivery goes on.
 */
import type { DB } from "../../platform/db";
import { welcomeMail } from "./mail";
import { preparationHead, savePreparedChunk, stagedRowsAfter } from "./repo/steps";
import { languageOf } from "../../platform/i18n";

/** Rows a queue invocation prepares: about ten D1 statements, well inside one invocation's limits. */
export const CHUNK_ROWS = 500;

/**
 * Prepares the next chunk. "more": chunks remain; "ready": every row is prepared, switch it live;
 * "none": nothing for this delivery to do (the import is finished, or another delivery moved on).
 */
export async function prepareChunk(db: DB, importId: string): Promise<"more" | "ready" | "none"> {
  const head = await preparationHead(db, importId);
  if (!head || head.status !== "running") return "none";
  if (head.processed >= head.total) return "ready";
  const cursor = head.prepared_through;
  const rows = await stagedRowsAfter(db, importId, cursor, CHUNK_ROWS);
  if (!rows.length) return "none";
  const mails = head.welcome
    ? rows.map((r) => ({
        r: r.row,
        m: {
          id: crypto.randomUUID(),
          ...welcomeMail(languageOf(r.ui_language), r.name, head.program_name, head.origin),
        },
      }))
    : [];
  const last = rows[rows.length - 1]!.row;
  if (!(await savePreparedChunk(db, importId, { cursor, last, count: rows.length, mails }))) return "none";
  return head.processed + rows.length >= head.total ? "ready" : "more";
}
