/**
 * @module db/schema/imports
 * People imports and their staged rows.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { IMPORT_STATUSES, IMPORT_OUTCOMES } from "../../domain/statuses";
import { createdAt, id, ownedBy } from "./columns";
import { programRef } from "./programs";

/**
 * A people import: its rows are staged, prepared a chunk at a time by the import queue, then switched
 * live in one batch. `asAdmin` records the importer's authority when the file came in: only an admin's
 * import changes the profile of someone who already exists.
 */
export const imports = sqliteTable(
  "imports",
  {
    id: id(),
    programId: programRef(),
    createdBy: text("created_by"),
    asAdmin: integer("as_admin", { mode: "boolean" }).notNull().default(false),
    /** Whether imported people get a welcome mail (the demo seed imports without). */
    welcome: integer("welcome", { mode: "boolean" }).notNull().default(true),
    /** The file's columns: only these are updated on people who already exist. */
    columns: text("columns", { mode: "json" }).$type<string[]>().notNull(),
    /** The origin for links in the welcome mail. */
    origin: text("origin").notNull().default(""),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("staging"),
    total: integer("total").notNull().default(0),
    /** Rows prepared so far, in row order: the next chunk starts after `preparedThrough`. */
    processed: integer("processed").notNull().default(0),
    preparedThrough: integer("prepared_through").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    enrolled: integer("enrolled").notNull().default(0),
    error: text("error"),
    createdAt: createdAt(),
    finishedAt: integer("finished_at"),
  },
  (t) => [index("imports_program_created").on(t.programId, t.createdAt)],
);

/**
 * One staged row of an import, by its row number in the file. `data` holds the validated row and
 * `mail` its rendered welcome until the import goes live; then both are cleared and `outcome` stays.
 */
export const importRows = sqliteTable(
  "import_rows",
  {
    importId: ownedBy("import_id", () => imports.id),
    row: integer("row").notNull(),
    email: text("email").notNull(),
    data: text("data"),
    mail: text("mail"),
    outcome: text("outcome", { enum: IMPORT_OUTCOMES }),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);
