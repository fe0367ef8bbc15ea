/**
 * @module features/imports/routes
 * Importing people from CSV into a program, for its managers. The file is validated whole, then staged;
 * a small file is imported within the request, a large one by the import queue in bounded steps, with
 * its progress and per-row result here. Either way all rows go live together or none do.
 */
import { z } from "@hono/zod-openapi";
import Papa from "papaparse";
import { programManager } from "../programs";
import { publicOrigin } from "../../platform/config";
import { failImport, getImport, importResults, stageImport } from "./repo/imports";
import { CSV_COLUMNS, parsePeopleCsv } from "../../domain/people-csv";
import { ROLES_BY_KIND } from "../../domain/profile";
import { ApiError } from "../../platform/errors";
import { routesFor } from "../../platform/routes";
import {
  csvBody,
  csvDownload,
  csvFile,
  csvRowsError,
  csvSizeLimit,
  csvText,
  csvUploadRefusals,
} from "../../platform/csv-http";
import { router } from "../../platform/validate";
import { importOf, type Import } from "./access";
import { runImport } from "./run";
import { enqueueWelcomes } from "./welcomes";
import { IMPORT_STATUSES } from "../../domain/statuses";
import { ErrorSchema, IdParam, json, refusals } from "../../platform/schemas";
import { MailProgress, mailProgress } from "../mail";
import { erasedAmong } from "../privacy";
import type { DB } from "../../platform/db";
import { audit } from "../audit";

const route = routesFor(["Participants"]);
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** Files up to this many rows are imported within the request; larger ones by the import queue. */
export const SYNC_MAX_ROWS = 200;

const ImportState = z
  .object({
    id: z.string(),
    status: z.enum(IMPORT_STATUSES),
    total: z.number(),
    processed: z.number().openapi({ description: "Rows prepared so far" }),
    created: z.number(),
    updated: z.number(),
    enrolled: z.number(),
    error: z.string().nullable(),
    createdAt: z.number(),
    finishedAt: z.number().nullable(),
    resultUrl: z.string().openapi({ description: "Each row's result as CSV, once the import is done" }),
    skipped: z
      .array(z.object({ row: z.number(), reason: z.string() }))
      .optional()
      .openapi({
        description:
          "Rows left out of the import, with why (someone who erased their account); only in the answer to the upload, since nothing of them is kept",
      }),
    welcomeMails: MailProgress.nullable().openapi({
      description: "How many of the import's welcome mails were sent, once it is live (null without welcomes)",
    }),
  })
  .openapi("Import");

const ImportError = csvRowsError("ImportError");

const sizeLimit = csvSizeLimit(MAX_IMPORT_BYTES);

const ImportParams = IdParam.extend({ importId: z.string().min(1).max(64) });
const importRoute = route.with({ middleware: [programManager, importOf] as const, params: ImportParams });
const withUrl = async (db: DB, programId: string, s: Import) => ({
  ...s,
  resultUrl: `/api/programs/${programId}/imports/${s.id}/result`,
  welcomeMails: (await mailProgress(db, { ids: [s.id] }))[0] ?? null,
});
/** The import just staged, as its page shows it. */
const stateOf = async (db: DB, programId: string, id: string) =>
  withUrl(db, programId, (await getImport(db, programId, id))!);

const ERASED_ROW =
  "Not imported: this address belongs to someone who erased their Tandem account. They come back only by signing up themselves.";

/** The file's rows but those of people who erased their account, which are reported by row number only. */
async function withoutErased<R extends { email: string }>(db: DB, rows: R[], rowNumbers: number[]) {
  const erased = await erasedAmong(
    db,
    rows.map((r) => r.email),
  );
  if (!erased.size) return { rows, rowNumbers, skipped: [] };
  const keep = rows.map((r) => !erased.has(r.email));
  return {
    rows: rows.filter((_, i) => keep[i]),
    rowNumbers: rowNumbers.filter((_, i) => keep[i]),
    skipped: rowNumbers.filter((_, i) => !keep[i]).map((row) => ({ row, reason: ERASED_ROW })),
  };
}

export const importRoutes = router()
  .openapi(
    route.post("/people/import", "Import people from CSV; all rows or none", {
      description: `Columns: ${CSV_COLUMNS.join(",")}. Lists are separated by ";"; a skill may carry a level, "skill:1" to "skill:3". Each row is enrolled as active and gets a welcome email once. Someone already in Tandem is enrolled as they are; only an admin's import updates their profile. If any row is invalid nothing is imported and the answer lists each bad row. Up to ${SYNC_MAX_ROWS} rows are imported at once (200); a larger file is imported in the background (202): follow it at \`resultUrl\`'s import. At most 20,000 rows and 8 MB.`,
      middleware: [programManager, sizeLimit] as const,
      params: IdParam,
      body: csvBody,
      responses: {
        200: json(ImportState, "Imported: everyone in the file is enrolled"),
        202: json(ImportState, "Validated and staged; the import queue imports it"),
        ...csvUploadRefusals(ImportError, "nothing imported"),
        503: json(ErrorSchema, "The import queue could not be reached; nothing was imported"),
      },
    }),
    async (c) => {
      const { me, program } = c.var;
      const parsed = parsePeopleCsv(await csvText(c), ROLES_BY_KIND[program.kind] ?? []);
      if (parsed.fatal || parsed.errors.length) {
        const message = parsed.fatal ?? `${parsed.errors.length} row(s) have errors; nothing was imported.`;
        return c.json({ error: { code: "invalid_csv" as const, message, rows: parsed.errors } }, 400);
      }
      const { db } = c.var;
      const { rows, rowNumbers, skipped } = await withoutErased(db, parsed.rows, parsed.rowNumbers);
      if (!rows.length) {
        const message = "Every row is someone who erased their account; nothing was imported.";
        const refused = skipped.map((s) => ({ row: s.row, email: "", errors: [s.reason] }));
        return c.json({ error: { code: "invalid_csv" as const, message, rows: refused } }, 400);
      }
      const id = await stageImport(db, program.id, rows, {
        columns: parsed.columns,
        rowNumbers,
        createdBy: me.id,
        asAdmin: me.isAdmin,
        welcome: true,
        origin: publicOrigin(c.var.config, c.req.url),
      });
      if (rows.length > SYNC_MAX_ROWS) {
        try {
          await c.env.IMPORT_QUEUE.send({ kind: "prepare", importId: id });
        } catch (err) {
          console.error("could not queue an import", err);
          await failImport(db, id, "The import could not be started; nothing was imported. Try again.");
          throw new ApiError(503, "unavailable", "The import could not be started; nothing was imported. Try again.");
        }
        await audit(c, "people.imported", { programId: program.id, targetId: id, detail: { rows: rows.length } });
        return c.json({ ...(await stateOf(db, program.id, id)), skipped }, 202);
      }
      await runImport(db, id);
      await audit(c, "people.imported", { programId: program.id, targetId: id, detail: { rows: rows.length } });
      c.executionCtx.waitUntil(
        enqueueWelcomes(db, c.env.MAIL_QUEUE, id, 0).catch((err) =>
          console.error("enqueue after import failed; the cron will retry", err),
        ),
      );
      return c.json({ ...(await stateOf(db, program.id, id)), skipped }, 200);
    },
  )
  .openapi(
    importRoute.get("/imports/{importId}", "An import's status and progress", {
      responses: { 200: json(ImportState, "The import"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await withUrl(c.var.db, c.var.program.id, c.var.import), 200),
  )
  .openapi(
    importRoute.get(
      "/imports/{importId}/result",
      "Each row's result as CSV: created, updated (profile), enrolled (profile kept) or not imported",
      {
        responses: {
          200: csvFile("row,email,result"),
          ...refusals(401, 404, 409),
        },
      },
    ),
    async (c) => {
      const { program, import: state } = c.var;
      const importId = state.id;
      if (state.status === "staging" || state.status === "running") {
        throw new ApiError(409, "import_running", "The import is still running; its result comes when it is done.");
      }
      const rows = await importResults(c.var.db, importId);
      const csv = Papa.unparse(
        { fields: ["row", "email", "result"], data: rows.map((r) => [r.row, r.email, r.outcome ?? "not imported"]) },
        { escapeFormulae: true },
      );
      return c.body(csv, 200, csvDownload(`${program.slug}-import-${importId.slice(0, 8)}.csv`));
    },
  );
