/**
 * @module features/roulette/admin-routes
 * A program's roulette for its managers: switch it on in any program (a roulette program has it on),
 * choose what pairs mix across and how long a pair rests, see the rounds with their pairs, and each
 * round in numbers for the program's insights, where a figure about one to four people is null.
 */
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { onManagedProgram } from "../programs";
import { mixOf } from "./jobs";
import { MIN_GROUP } from "../../domain/surveys/results";
import { roundFigures, roundsOf } from "./repo/pairs";
import { saveSettings, settingsOf } from "./repo/preferences";
import {
  RoundsQuery,
  RoundsSchema,
  RouletteInsightsSchema,
  RouletteSettingsSchema,
  RouletteSettingsUpdate,
} from "./schemas";
import { audit } from "../audit";

const route = routesFor(["Roulette"]).with(onManagedProgram);
const Settings = json(RouletteSettingsSchema, "The program's roulette");

export const rouletteAdminRoutes = router()
  .openapi(
    route.get("/", "The program's roulette settings (managers)", {
      responses: { 200: Settings, ...refusals(401, 404) },
    }),
    async (c) => {
      const s = await settingsOf(c.var.db, c.var.program.id);
      const enabled = s?.enabled ?? c.var.program.kind === "roulette";
      return c.json({ enabled, mixBy: s ? s.mixBy : mixOf(null), cooldownWeeks: s?.cooldownWeeks ?? 26 }, 200);
    },
  )
  .openapi(
    route.put("/", "Switch roulette rounds on or off, and set what pairs mix across (managers)", {
      body: RouletteSettingsUpdate,
      responses: { 200: Settings, ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const s = await saveSettings(c.var.db, c.var.program.id, c.req.valid("json"));
      await audit(c, "settings.changed", {
        programId: c.var.program.id,
        detail: { area: "roulette", fields: Object.keys(c.req.valid("json")).sort() },
      });
      return c.json({ enabled: s.enabled, mixBy: s.mixBy, cooldownWeeks: s.cooldownWeeks }, 200);
    },
  )
  .openapi(
    route.get("/rounds", "The program's roulette rounds, newest first, with their pairs (managers)", {
      query: RoundsQuery,
      responses: { 200: json(RoundsSchema, "Rounds"), ...refusals(400, 401, 404) },
    }),
    async (c) => c.json(await roundsOf(c.var.db, c.var.program.id, c.req.valid("query")), 200),
  )
  .openapi(
    route.get("/insights", "The last twelve roulette rounds in numbers (managers)", {
      responses: { 200: json(RouletteInsightsSchema, "Rounds in numbers"), ...refusals(401, 404) },
    }),
    async (c) => {
      // Like the other insights, nothing is shown that is about fewer than MIN_GROUP people.
      const floor = (n: number) => (n >= MIN_GROUP ? n : null);
      const rounds = (await roundFigures(c.var.db, c.var.program.id, 12)).map((r) => ({
        round: r.round,
        startsAt: r.starts_at,
        people: floor(r.people),
        pairs: r.people >= MIN_GROUP ? r.pairs : null,
        answered: r.people >= MIN_GROUP ? floor(r.answered) : null,
        metShare: r.people >= MIN_GROUP && r.answered >= MIN_GROUP ? r.pairs_met / r.pairs : null,
        ratings: r.people >= MIN_GROUP ? floor(r.ratings) : null,
        averageRating: r.ratings >= MIN_GROUP && r.people >= MIN_GROUP ? r.average_rating : null,
      }));
      return c.json({ rounds }, 200);
    },
  );
