/**
 * @module features/journeys/routes
 * Program templates (for admins creating a program) and a program's journey: its members read it, its
 * managers change it. Steps keep their ids across edits, so pairs keep their ticks.
 */
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { inOrder, whenOf, type JourneyStep } from "../../domain/journeys/journey";
import { PROGRAM_TEMPLATES, type TEMPLATE_IDS } from "../../domain/journeys/templates";
import { templateByKey } from "../../domain/surveys/templates";
import { guardedRoutesFor } from "../auth";
import { onManagedProgram } from "../programs";
import { programMember } from "./access";
import { saveJourney } from "./repo";
import { JourneyInput, JourneySchema, ProgramTemplateSchema } from "./schemas";

const { route, adminRoute } = guardedRoutesFor(["Journeys"]);

const journeyDto = (steps: JourneyStep[]) => ({ steps: inOrder(steps).map((s) => ({ ...s, when: whenOf(s) })) });

const templates = PROGRAM_TEMPLATES.map((t) => ({
  id: t.id as (typeof TEMPLATE_IDS)[number],
  name: t.name,
  kind: t.kind,
  description: t.description,
  meetingEveryDays: t.meetingEveryDays,
  mentorsNeedApproval: t.mentorsNeedApproval,
  weights: t.matchSettings.weights,
  department: t.matchSettings.department,
  surveys: t.surveys.map((key) => ({ key, title: templateByKey(key)?.title ?? key })),
  agreement: t.agreement,
  journey: t.journey.map((s) => ({ ...s, when: whenOf(s) })),
  resources: t.resources,
}));

export const journeyRoutes = router()
  .openapi(
    adminRoute.get("/templates", "Templates to start a program from (admin)", {
      responses: { 200: json(itemsOf(ProgramTemplateSchema, "ProgramTemplates"), "Templates"), ...refusals(401, 403) },
    }),
    (c) => c.json({ items: templates }, 200),
  )
  .openapi(
    route.get("/{id}/journey", "The program's journey (its members and managers)", {
      middleware: [programMember] as const,
      params: IdParam,
      responses: { 200: json(JourneySchema, "The journey, in order"), ...refusals(401, 404) },
    }),
    (c) => c.json(journeyDto(c.var.program.journey), 200),
  )
  .openapi(
    route.with(onManagedProgram).put("/{id}/journey", "Replace the program's journey (its managers)", {
      body: JourneyInput,
      responses: { 200: json(JourneySchema, "The journey as saved"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const known = new Set(c.var.program.journey.map((s) => s.id));
      // An id the program does not have (or one given twice) is a new step: it gets a fresh id.
      const steps = c.req.valid("json").steps.map(({ id, ...s }) => {
        const kept = id && known.delete(id) ? id : crypto.randomUUID();
        return { id: kept, ...s };
      });
      return c.json(journeyDto(await saveJourney(c.var.db, c.var.program.id, steps)), 200);
    },
  );
