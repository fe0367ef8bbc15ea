/** @module features/outcomes/schemas — an outcomes upload's answer, and a program's outcomes beside the company's. */
import { z } from "@hono/zod-openapi";
import { csvRowsError } from "../../platform/csv-http";

export const OutcomesQuery = z.object({
  cohort: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-03.")
    .optional()
    .openapi({ description: "One cohort, the month participants signed up (default: every cohort)" }),
});

export const OutcomesUploaded = z
  .object({
    rows: z.number().int().openapi({ description: "Rows in the file" }),
    added: z.number().int().openapi({ description: "Rows not stored before (a re-uploaded row is kept once)" }),
    people: z.number().int().openapi({ description: "Different emails in the file" }),
  })
  .openapi("OutcomesUploaded");

export const OutcomesUploadError = csvRowsError("OutcomesUploadError");

const Rate = z
  .object({
    rate: z.number().nullable().openapi({ description: "Percent with one decimal; null hidden or with nobody" }),
    people: z.number().int().nullable().openapi({ description: "How many people it counts" }),
  })
  .openapi("OutcomeRate");
const group = {
  people: z.number().int().openapi({ description: "The people the rates are shares of" }),
  promoted: Rate,
  movedInternally: Rate,
  retained: Rate,
};

export const OutcomesSchema = z
  .object({
    filePeople: z.number().int().openapi({ description: "Emails in the program's outcomes" }),
    cohorts: z.array(
      z.object({
        cohort: z.string().openapi({ description: "The month its participants signed up, YYYY-MM" }),
        since: z.string().openapi({ description: "Events count from this day on" }),
        participants: z.object({
          signedUp: z.number().int(),
          notInFile: z.number().int(),
          ...group,
          onboarding: z.object({
            medianDays: z.number().nullable().openapi({ description: "From `started` to the first pair" }),
            people: z.number().int(),
          }),
        }),
        baseline: z.object(group),
      }),
    ),
    suppressed: z.array(z.object({ cell: z.string(), reason: z.string() })),
  })
  .openapi("Outcomes");
