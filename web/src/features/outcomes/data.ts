/** What the outcomes page loads and sends, under the program's keys. */
import { api, ok } from "../../lib/api";

/** Every cohort (`cohort` empty) or one month's, YYYY-MM. */
export const loadOutcomes = (id: string, cohort: string) =>
  ok(api.programs[":id"].outcomes.$get({ param: { id }, query: cohort ? { cohort } : {} }));
export type Outcomes = Awaited<ReturnType<typeof loadOutcomes>>;
export type Cohort = Outcomes["cohorts"][number];

// The typed client builds JSON or form bodies only; the file goes as the raw text/csv body instead.
export const sendOutcomes = (id: string, csv: string) =>
  ok(
    api.programs[":id"].outcomes.$post(
      { param: { id } },
      { headers: { "content-type": "text/csv" }, init: { body: csv } },
    ),
  );

export const outcomesKey = (id: string) => ["programs", id, "outcomes"];
