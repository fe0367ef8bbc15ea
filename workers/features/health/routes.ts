/**
 * @module features/health/routes
 * The pairs that need attention, for a program's managers, and the program's thresholds: a pair is
 * quiet after `quietDays` without a meeting held, stalled after `stalledDays`.
 */
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { answering } from "../../platform/answers";
import { onManagedProgram } from "../programs";
import { pairHealthPage } from "./attention";
import { healthPolicyOf, setHealthPolicy } from "./repo";
import { HealthPolicySchema, HealthQuery, PairHealthPage } from "./schemas";
import { audit } from "../audit";

const managerRoute = routesFor(["Insights"]).with(onManagedProgram);
const policy = answering(managerRoute, json(HealthPolicySchema, "The thresholds"), refusals(401, 404));

export const healthRoutes = router()
  .openapi(
    managerRoute.get("/health", "Active pairs that have gone quiet or stalled, longest first (managers)", {
      query: HealthQuery,
      responses: { 200: json(PairHealthPage, "A page of pairs"), ...refusals(400, 401, 404) },
    }),
    async (c) => c.json(await pairHealthPage(c.var.db, c.var.program.id, c.req.valid("query"), Date.now()), 200),
  )
  .openapi(
    ...policy.get("/health-policy", "When the program's pairs count as quiet or stalled (managers)", (c) =>
      healthPolicyOf(c.var.db, c.var.program.id),
    ),
  )
  .openapi(
    ...policy.put(
      "/health-policy",
      "Set when the program's pairs count as quiet or stalled (managers)",
      { body: HealthPolicySchema, responses: refusals(400) },
      async (c) => {
        const [saved] = await setHealthPolicy(c.var.db, c.var.program.id, c.req.valid("json"));
        await audit(c, "settings.changed", { programId: c.var.program.id, detail: { area: "health-policy" } });
        return saved!;
      },
    ),
  );
