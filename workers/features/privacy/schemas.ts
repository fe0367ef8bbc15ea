/** @module features/privacy/schemas — a person's data export, as the API document describes it. */
import { z } from "@hono/zod-openapi";

export const PersonIdParam = z.object({ personId: z.string().min(1).max(64) });

export const PersonExportSchema = z
  .object({
    exportedAt: z.number().openapi({ description: "When the export was made, epoch milliseconds" }),
    profile: z.record(z.string(), z.unknown()).openapi({ description: "The person's profile as stored" }),
    meetingsCalendar: z.string().openapi({ description: "Their meetings as one iCalendar file (text/calendar)" }),
  })
  .catchall(z.unknown())
  .openapi("PersonExport", {
    description:
      "Everything Tandem holds about the person: each other key is a section (enrolments, mentorships, meetings, " +
      "goals, notes, requests, survey answers, kudos, badges, certificates, library entries, event registrations, " +
      "roulette rounds …) and lists its rows. Partners appear by name only.",
  });
