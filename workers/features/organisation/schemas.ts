/** @module features/organisation/schemas — the organisation's branding, as read and as set. */
import { z } from "@hono/zod-openapi";
import {
  MAX_LOGO_CHARS,
  MAX_ORGANISATION_NAME,
  accentProblem,
  logoProblem,
  organisationNameProblem,
} from "../../domain/branding";

const checked = (problem: (s: string) => string | null) => (s: string, ctx: z.RefinementCtx) => {
  const why = problem(s);
  if (why) ctx.addIssue({ code: "custom", message: why });
};

export const OrganisationSchema = z
  .object({
    name: z.string().nullable().openapi({ description: "Null until an admin names the organisation" }),
    logo: z.string().nullable().openapi({ description: "A data: URL of a PNG, JPEG, GIF or WebP image" }),
    accent: z.string().nullable().openapi({ example: "#1d4ed8" }),
    onAccent: z.string().nullable().openapi({ description: "The text colour that reads on `accent`" }),
  })
  .openapi("Organisation");

export const OrganisationUpdateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .max(MAX_ORGANISATION_NAME * 8)
      .superRefine(checked(organisationNameProblem)),
    logo: z
      .string()
      .max(MAX_LOGO_CHARS, "The logo is larger than 100 KB.")
      .superRefine(checked(logoProblem))
      .nullable()
      .openapi({ description: "A data: URL of a PNG, JPEG, GIF or WebP image of at most 100 KB; null for none" }),
    accent: z
      .string()
      .trim()
      .superRefine(checked(accentProblem))
      .nullable()
      .openapi({ description: "#rrggbb with at least 4.5:1 contrast on white; null for Tandem's own" }),
  })
  .openapi("OrganisationUpdate");
