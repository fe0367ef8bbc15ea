/**
 * @module features/roulette/admin-routes
 * A program's roulette for its managers: switch it on in any program (a roulette program has it on),
 * choose what pairs mix across and how long a pair rests, and see the rounds with their pairs.
 */
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { programManager } from "../programs";
import { mixOf } from "./jobs";
import { roundsOf } from "./repo/pairs";
import { saveSettings, settingsOf } from "./repo/preferences";
import { RoundsQuery, RoundsSchema, RouletteSettingsSchema, RouletteSettingsUpdate } from "./schemas";

const route = routesFor(["Roulette"]).with({ middleware: [programManager] as const, params: IdParam });
const Settings = json(RouletteSettingsSchema, "The program's roulette");

export const rouletteAdminRoutes = router()
  .openapi(
    route.get("/programs/{id}/roulette", "The program's roulette settings (managers)", {
      responses: { 200: Settings, ...refusals(401, 404) },
    }),
    async (c) => {
      const s = await settingsOf(c.var.db, c.var.program.id);
      const enabled = s?.enabled ?? c.var.program.kind === "roulette";
      return c.json({ enabled, mixBy: s ? s.mixBy : mixOf(null), cooldownWeeks: s?.cooldownWeeks ?? 26 }, 200);
    },
  )
  .openapi(
    route.put("/programs/{id}/roulette", "Switch roulette rounds on or off, and set what pairs mix across (managers)", {
      body: RouletteSettingsUpdate,
      responses: { 200: Settings, ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const s = await saveSettings(c.var.db, c.var.program.id, c.req.valid("json"));
      return c.json({ enabled: s.enabled, mixBy: s.mixBy, cooldownWeeks: s.cooldownWeeks }, 200);
    },
  )
  .openapi(
    route.get(
      "/programs/{id}/roulette/rounds",
      "The program's roulette rounds, newest first, with their pairs (managers)",
      {
        query: RoundsQuery,
        responses: { 200: json(RoundsSchema, "Rounds"), ...refusals(400, 401, 404) },
      },
    ),
    async (c) => {
      const { limit, before } = c.req.valid("query");
      return c.json(await roundsOf(c.var.db, c.var.program.id, limit, before), 200);
    },
  );
