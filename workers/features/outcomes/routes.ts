/**
 * @module features/outcomes/routes
 * A program's outcomes, for its managers and admins: the HR file of what happened to employees
 * (uploaded whole or not at all), and the participants' promotion, internal-move and retention rates
 * beside everyone else's in the file, per cohort.
 */
import { computeOutcomes } from "../../domain/outcomes/compute";
import { MAX_OUTCOME_ROWS, OUTCOME_COLUMNS, parseOutcomesCsv } from "../../domain/outcomes/csv";
import { OUTCOME_EVENTS } from "../../domain/kinds";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { csvBody, csvSizeLimit, csvText, csvUploadRefusals } from "../../platform/csv-http";
import { router } from "../../platform/validate";
import { programManager } from "../programs";
import { outcomeRows, storeOutcomes } from "./repo";
import { OutcomesQuery, OutcomesSchema, OutcomesUploadError, OutcomesUploaded } from "./schemas";

const route = routesFor(["Outcomes"]);
export const MAX_OUTCOME_BYTES = 2 * 1024 * 1024;

const sizeLimit = csvSizeLimit(MAX_OUTCOME_BYTES);

export const outcomeRoutes = router()
  .openapi(
    route.post("/", "Upload what happened to employees (promotions, moves, leavers, starters); all rows or none", {
      description: `Columns: ${OUTCOME_COLUMNS.join(",")}; \`event\` is one of ${OUTCOME_EVENTS.join(", ")}; \`date\` is YYYY-MM-DD. Include everyone, not only participants: the others are the baseline. A row already stored is kept once, so a file can be uploaded again. If any row is invalid nothing is stored and the answer lists each bad row. At most ${MAX_OUTCOME_ROWS.toLocaleString("en")} rows and 2 MB.`,
      middleware: [programManager, sizeLimit] as const,
      params: IdParam,
      body: csvBody,
      responses: {
        200: json(OutcomesUploaded, "Stored"),
        ...csvUploadRefusals(OutcomesUploadError, "nothing stored"),
      },
    }),
    async (c) => {
      const parsed = parseOutcomesCsv(await csvText(c), Date.now());
      if (parsed.fatal || parsed.errors.length) {
        const message = parsed.fatal ?? `${parsed.errors.length} row(s) have errors; nothing was stored.`;
        return c.json({ error: { code: "invalid_csv" as const, message, rows: parsed.errors } }, 400);
      }
      const added = await storeOutcomes(c.var.db, c.var.program.id, parsed.rows);
      const people = new Set(parsed.rows.map((r) => r.email)).size;
      return c.json({ rows: parsed.rows.length, added, people }, 200);
    },
  )
  .openapi(
    route.get("/", "Participants' promotion, internal-move and retention rates beside the company's, per cohort", {
      description:
        "A cohort is the month its participants signed up; events count from its first day. The baseline is " +
        "everyone in the uploaded file who is not a participant. Rates about one to four people, and groups " +
        "under five, are null and listed in `suppressed`.",
      middleware: [programManager] as const,
      params: IdParam,
      query: OutcomesQuery,
      responses: { 200: json(OutcomesSchema, "The program's outcomes"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const rows = await outcomeRows(c.var.db, c.var.program.id);
      return c.json(computeOutcomes(rows, c.req.valid("query").cohort), 200);
    },
  );
