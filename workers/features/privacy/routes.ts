/**
 * @module features/privacy/routes
 * A person's data rights: download everything Tandem holds about them, and erase their account, each
 * for themselves or by an admin for anyone.
 */
import { clearedSessionCookie } from "../../platform/session";
import { notFound } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { adminOnly, guardedRoutesFor } from "../auth";
import { audit } from "../audit";
import { mailerOf } from "../mail";
import { eraseAccount } from "./erase";
import { personExport } from "./export";
import { personToErase } from "./repo/people";
import { PersonExportSchema, PersonIdParam } from "./schemas";

const { route, signedInRoute: mine } = guardedRoutesFor(["Your data"]);
const anyone = route.with({ middleware: [adminOnly] as const, params: PersonIdParam });
const download = { "content-disposition": `attachment; filename="tandem-export.json"` };

/** Mounted at `/me`. */
export const myPrivacyRoutes = router()
  .openapi(
    mine.get("/export", "Download everything Tandem holds about you", {
      responses: { 200: json(PersonExportSchema, "Your data"), ...refusals(401) },
    }),
    async (c) => {
      const data = await personExport(c.var.db, c.var.me.id);
      if (!data) throw notFound("Person");
      return c.json(data, 200, download);
    },
  )
  .openapi(
    mine.delete("/", "Erase your account", {
      description:
        "You leave every program (your partners are told you left, without detail, and can be matched again), " +
        "your sessions end, and what only you wrote is deleted; what feeds a program's counts stays without your name.",
      responses: { 204: { description: "Erased; the session cookie is cleared" }, ...refusals(401, 404) },
    }),
    async (c) => {
      const person = await personToErase(c.var.db, c.var.me.id);
      if (!person) throw notFound("Person");
      await eraseAccount(mailerOf(c), person);
      c.header("Set-Cookie", clearedSessionCookie());
      return c.body(null, 204);
    },
  );

/** Mounted at `/admin/people/:personId`. */
export const personPrivacyRoutes = router()
  .openapi(
    anyone.get("/export", "Everything Tandem holds about a person (admins)", {
      responses: { 200: json(PersonExportSchema, "Their data"), ...refusals(401, 403, 404) },
    }),
    async (c) => {
      const { personId } = c.req.valid("param");
      const data = await personExport(c.var.db, personId);
      if (!data) throw notFound("Person");
      await audit(c, "person.exported", { targetId: personId });
      return c.json(data, 200, download);
    },
  )
  .openapi(
    anyone.delete("/", "Erase a person's account (admins)", {
      description: "As `DELETE /me` does for oneself. 404 for nobody, or someone already erased.",
      responses: { 204: { description: "Erased" }, ...refusals(401, 403, 404) },
    }),
    async (c) => {
      const person = await personToErase(c.var.db, c.req.valid("param").personId);
      if (!person) throw notFound("Person");
      await eraseAccount(mailerOf(c), person);
      // The record names whom by id only: their address is gone with the rest.
      await audit(c, "person.erased", { targetId: person.id });
      return c.body(null, 204);
    },
  );
