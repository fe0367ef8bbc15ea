/**
 * @module features/people/routes
 * A program's participants for its managers: the paginated table and CSV export (features/imports/routes has the import).
 */
import { formatPeopleCsv } from "../../domain/people-csv";
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { answering } from "../../platform/answers";
import { csvDownload, csvFile } from "../../platform/csv-http";
import { router } from "../../platform/validate";
import { onManagedProgram } from "../programs";
import { exportRows, listParticipants } from "./repo";
import { ParticipantPage, ParticipantQuery } from "./schemas";
import { audit } from "../audit";

const route = routesFor(["Participants"]);
const managerRoute = route.with(onManagedProgram);
const participants = answering(managerRoute, json(ParticipantPage, "A page of participants"), refusals(400, 401, 404));

export const peopleRoutes = router()
  .openapi(
    ...participants.get(
      "/participants",
      "Participants, searchable and filtered, one page at a time",
      { query: ParticipantQuery },
      (c) => listParticipants(c.var.db, c.var.program.id, c.req.valid("query")),
    ),
  )
  .openapi(
    managerRoute.get("/people/export", "Export enrolled people as CSV, in the import's columns", {
      responses: {
        200: csvFile("The CSV file"),
        ...refusals(401, 404),
      },
    }),
    async (c) => {
      const { program } = c.var;
      const rows = await exportRows(c.var.db, program.id);
      await audit(c, "people.exported", { programId: program.id, detail: { rows: rows.length } });
      const csv = formatPeopleCsv(rows);
      return c.body(csv, 200, csvDownload(`${program.slug}-people.csv`));
    },
  );
