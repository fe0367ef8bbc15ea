/**
 * @module features/journeys/pair-routes
 * A pair along its program's journey: where they are, the steps they tick off (both see each tick), and
 * the mentoring agreement both confirm at the start. The pair changes these; the program's organisers read.
 */
import { ApiError, notFound } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { inOrder, stepWindow, whenOf, whereAreWe, type AgreementTerms } from "../../domain/journeys/journey";
import { getProgram } from "../programs";
import { mentorshipGuard, type Mentorship } from "../mentorships";
import type { DB } from "../../platform/db";
import { agreementOf, confirmAgreement, ticksOf, tick, untick } from "./repo";
import { AgreementInput, AgreementSchema, PairJourneySchema, StepParams, TickSchema } from "./schemas";

const route = routesFor(["Journeys"]).with({ params: IdParam });
const pagesRoute = route.with({ middleware: [mentorshipGuard({ pages: true })] as const });
const pairRoute = route.with({ middleware: [mentorshipGuard({ pages: true, pairOnly: true })] as const });
const BLANK: AgreementTerms = { frequency: "", format: "", confidentiality: "", expectations: "" };

async function pairJourney(db: DB, m: Mentorship, now: number) {
  const [program, ticks] = await Promise.all([getProgram(db, m.programId), ticksOf(db, m.id)]);
  const steps = program?.journey ?? [];
  const byStep = new Map(ticks.map((t) => [t.stepId, t]));
  const where = whereAreWe(steps, new Set(byStep.keys()), m.startedAt, now);
  return {
    steps: inOrder(steps).map((s) => {
      const window = m.startedAt === null ? null : stepWindow(s, m.startedAt);
      const t = byStep.get(s.id);
      return {
        ...s,
        when: whenOf(s),
        opensAt: window?.opensAt ?? null,
        dueAt: window?.dueAt ?? null,
        tickedAt: t?.tickedAt ?? null,
        tickedBy: t?.tickedBy ?? null,
      };
    }),
    ...where,
  };
}

async function agreementDto(db: DB, m: Mentorship) {
  const saved = await agreementOf(db, m.id);
  if (saved) {
    const { terms, mentorConfirmedAt, menteeConfirmedAt } = saved;
    return { terms, mentorConfirmedAt, menteeConfirmedAt, agreed: !!mentorConfirmedAt && !!menteeConfirmedAt };
  }
  const program = await getProgram(db, m.programId);
  return { terms: program?.agreementTerms ?? BLANK, mentorConfirmedAt: null, menteeConfirmedAt: null, agreed: false };
}

const sameTerms = (a: AgreementTerms, b: AgreementTerms) =>
  (Object.keys(BLANK) as (keyof AgreementTerms)[]).every((k) => a[k] === b[k]);

const notActive = () => new ApiError(409, "not_active", "This mentorship is not active.");

export const pairJourneyRoutes = router()
  .openapi(
    pagesRoute.get("/journey", "Where the pair is on the program's journey (the pair, or managers)", {
      responses: { 200: json(PairJourneySchema, "The steps with their ticks"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await pairJourney(c.var.db, c.var.mentorship, Date.now()), 200),
  )
  .openapi(
    pairRoute.put("/journey/{stepId}", "Tick a journey step off, or on again (the pair)", {
      params: StepParams,
      body: TickSchema,
      responses: { 200: json(PairJourneySchema, "The steps with their ticks"), ...refusals(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      const { stepId } = c.req.valid("param");
      const program = await getProgram(c.var.db, m.programId);
      if (!program?.journey.some((s) => s.id === stepId)) throw notFound("Journey step");
      if (m.status !== "active") throw notActive();
      const now = Date.now();
      if (c.req.valid("json").done) await tick(c.var.db, m.id, stepId, me.id, now);
      else await untick(c.var.db, m.id, stepId);
      return c.json(await pairJourney(c.var.db, m, now), 200);
    },
  )
  .openapi(
    pagesRoute.get("/agreement", "The pair's mentoring agreement (the pair, or managers)", {
      responses: { 200: json(AgreementSchema, "The terms and who confirmed them"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await agreementDto(c.var.db, c.var.mentorship), 200),
  )
  .openapi(
    pairRoute.post("/agreement", "Confirm the mentoring agreement, as shown or changed (the pair)", {
      body: AgreementInput,
      description:
        "Changed terms clear the partner's confirmation, so the two always confirmed the same text. Confirming twice changes nothing.",
      responses: {
        200: json(AgreementSchema, "The agreement as it stands"),
        ...refusals(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      if (m.status !== "active") throw notActive();
      const current = await agreementDto(c.var.db, m);
      const given = c.req.valid("json").terms;
      const changed = !!given && !sameTerms(given, current.terms);
      const side = me.id === m.mentorId ? "mentor" : "mentee";
      await confirmAgreement(c.var.db, m.id, side, changed ? given : current.terms, changed, Date.now());
      return c.json(await agreementDto(c.var.db, m), 200);
    },
  );
