/**
 * @module features/imports/run
 * One step of an import, as the queue consumer and the synchronous path both take it, so small and
 * large imports go through the same code.
 */
import { CSV_COLUMNS, type PersonRow } from "../../domain/people-csv";
import type { DB } from "../../platform/db";
import { prepareChunk } from "./prepare";
import { goLive } from "./repo/go-live";
import { stageImport } from "./repo/imports";

/** Prepares one chunk, and switches the import live after the last; "more" while chunks remain. */
export async function importStep(db: DB, importId: string, now = Date.now()): Promise<"more" | "live" | "none"> {
  const state = await prepareChunk(db, importId);
  if (state !== "ready") return state;
  return (await goLive(db, importId, now)) ? "live" : "none";
}

/** Runs a small import to the end inside the caller's invocation; true if it went live. */
export async function runImport(db: DB, importId: string, now = Date.now()) {
  for (;;) {
    const state = await importStep(db, importId, now);
    if (state !== "more") return state === "live";
  }
}

/** Imports rows as an admin would, without welcome mail, within the caller's invocation (the demo seed). */
export async function importPeople(db: DB, programId: string, rows: PersonRow[]) {
  const id = await stageImport(db, programId, rows, {
    columns: CSV_COLUMNS,
    createdBy: null,
    asAdmin: true,
    welcome: false,
    origin: "",
  });
  return runImport(db, id);
}
