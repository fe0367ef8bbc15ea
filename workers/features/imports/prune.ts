/**
 * @module features/imports/prune
 * A clock step: imports keep each row's email and result for a month, for the download; a file whose
 * upload died while it was being staged is dropped after a day. A few imports per call, so a tick
 * stays small whatever their size (their rows go with them, by the foreign key's cascade).
 */
import type { DB } from "../../platform/db";
import { deleteOldImports } from "./repo/imports";

const DAY = 86_400_000;
export const KEEP_RESULTS_DAYS = 30;
const PER_CALL = 10;

/** Deletes old imports and their rows; returns how many imports went. Safe to run on every tick. */
export const pruneImports = (db: DB, now = Date.now()) =>
  deleteOldImports(db, now - KEEP_RESULTS_DAYS * DAY, now - DAY, PER_CALL);
