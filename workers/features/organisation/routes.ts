/**
 * @module features/organisation/routes
 * The organisation's name, logo and accent colour: anyone may read them (the sign-up and sign-in pages
 * show them too), only admins set them.
 */
import { MAX_LOGO_CHARS, textOn } from "../../domain/branding";

import { json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { readOrganisation, saveOrganisation } from "./repo";
import { OrganisationSchema, OrganisationUpdateSchema } from "./schemas";
import { audit } from "../audit";

/** The logo travels base64 inside the JSON body: room for it and the rest. */
export const MAX_ORGANISATION_BYTES = MAX_LOGO_CHARS + 4 * 1024;

const shown = (row: { name: string; logo: string | null; accent: string | null } | null) => ({
  name: row?.name ?? null,
  logo: row?.logo ?? null,
  accent: row?.accent ?? null,
  onAccent: row?.accent ? textOn(row.accent) : null,
});

const { publicRoute, adminRoute } = guardedRoutesFor(["Organisation"]);

export const organisationRoutes = router()
  .openapi(
    publicRoute.get("/", "The organisation's name, logo and accent colour (anyone)", {
      responses: { 200: json(OrganisationSchema, "The branding; nulls where none is set") },
    }),
    async (c) => c.json(shown(await readOrganisation(c.var.db)), 200),
  )
  .openapi(
    adminRoute.put("/", "Set the organisation's name, logo and accent colour (admins)", {
      body: OrganisationUpdateSchema,
      responses: { 200: json(OrganisationSchema, "Saved"), ...refusals(400, 401, 403) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const saved = await saveOrganisation(c.var.db, { ...body, updatedBy: c.var.me.id });
      await audit(c, "settings.changed", { detail: { area: "organisation", fields: Object.keys(body).sort() } });
      return c.json(shown(saved), 200);
    },
  );
