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
import { pairsInNeed } from "./attention";
import { checksOf, healthPolicyOf, setHealthPolicy } from "./repo";
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
    async (c) => {
      const { status, page, pageSize } = c.req.valid("query");
      const found = await pairsInNeed(c.var.db, c.var.program.id, status, { page, pageSize }, Date.now());
      const checks = await checksOf(
        c.var.db,
        found.items.map((r) => r.mentorship_id),
      );
      const items = found.items.map(({ health, ...r }) => ({
        mentorshipId: r.mentorship_id,
        mentorName: r.mentor_name,
        mentorEmail: r.mentor_email,
        menteeName: r.mentee_name,
        menteeEmail: r.mentee_email,
        status: health.status === "stalled" ? ("stalled" as const) : ("quiet" as const),
        lastMeetingAt: r.last_met,
        days: health.days,
        reason:
          r.last_met === null
            ? `No meeting logged in the ${health.days} days since the pair started`
            : `No meeting for ${health.days} days`,
        steps: checks
          .filter((k) => k.mentorshipId === r.mentorship_id && k.spell === r.since)
          .map((k) => ({
            kind: k.kind,
            at: k.createdAt,
            mentorAnswer: k.mentorAnswer,
            menteeAnswer: k.menteeAnswer,
          })),
      }));
      return c.json({ items, total: found.total, page, pageSize }, 200);
    },
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
