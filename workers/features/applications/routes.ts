/**
 * @module features/applications/routes
 * Choosing mentors carefully: in a program that approves its mentors, a mentor applies (why, experience,
 * topics) and waits; the program's managers accept or decline with a reason, which the mentor is mailed.
 * Only accepted mentors are matched or asked (features/matching, domain/pairing).
 */
import { z } from "@hono/zod-openapi";
import { pick } from "es-toolkit";
import { createMiddleware } from "hono/factory";
import { ApiError, forbidden, notFound } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { pagePaths, pageUrl } from "../../domain/links";
import { requireUser, type Guarded } from "../auth";
import { mailerOf, sendMail } from "../mail";
import { activeRole, getProgram, programRoutesFor, type Program } from "../programs";
import { applicationDecidedMail } from "./mail";
import { applicationById, applicationOf, apply, decide, mayMentor, pageOfApplications, type Application } from "./repo";
import {
  ApplicationInput,
  ApplicationPage,
  ApplicationQuery,
  ApplicationSchema,
  DecideParams,
  DecisionInput,
} from "./schemas";
import { audit } from "../audit";
import { languageOf } from "../../platform/i18n";

const { route, managerRoute } = programRoutesFor(["Mentor applications"]);

/** The program for one of its active participants (404 for anyone else), and whether they may mentor. */
const participant = createMiddleware<Guarded<{ program: Program; mentorRole: boolean }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const program = await getProgram(c.var.db, c.req.param("id") ?? "");
  const role = program ? await activeRole(c.var.db, program.id, me.id) : null;
  if (!program || !role) throw notFound("Program");
  c.set("me", me);
  c.set("program", program);
  c.set("mentorRole", mayMentor(role));
  await next();
});

const SHOWN = ["id", "personId", "why", "experience", "topics", "status", "reason", "decidedAt", "createdAt"] as const;
const dto = (a: Application, person: { name: string; email: string }) => ({
  ...pick(a, SHOWN),
  name: person.name,
  email: person.email,
});

export const applicationRoutes = router()
  .openapi(
    route.post("/", "Apply to mentor in a program that approves its mentors", {
      middleware: [participant] as const,
      params: IdParam,
      body: ApplicationInput,
      description: "Applying again after a decline waits for a new decision; an accepted application stays.",
      responses: { 201: json(ApplicationSchema, "The application"), ...refusals(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { me, program } = c.var;
      if (!c.var.mentorRole) throw forbidden("Only the program's mentors apply to mentor.");
      if (!program.mentorsNeedApproval) {
        throw new ApiError(409, "approval_not_required", "This program's mentors need no approval.");
      }
      const saved = await apply(c.var.db, program.id, me.id, c.req.valid("json"));
      if (!saved) throw new ApiError(409, "already_approved", "Your application was accepted already.");
      return c.json(dto(saved, me), 201);
    },
  )
  .openapi(
    route.get("/mine", "Your own application to mentor, if any", {
      middleware: [participant] as const,
      params: IdParam,
      responses: {
        200: json(z.object({ application: ApplicationSchema.nullable(), required: z.boolean() }), "Yours"),
        ...refusals(401, 404),
      },
    }),
    async (c) => {
      const { me, program } = c.var;
      const mine = await applicationOf(c.var.db, program.id, me.id);
      return c.json({ application: mine && dto(mine, me), required: program.mentorsNeedApproval }, 200);
    },
  )
  .openapi(
    managerRoute.get("/", "Mentors' applications, waiting ones first (managers)", {
      query: ApplicationQuery,
      responses: { 200: json(ApplicationPage, "A page of applications"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { status, page, pageSize } = c.req.valid("query");
      const { rows, total } = await pageOfApplications(c.var.db, c.var.program.id, status, page, pageSize);
      return c.json({ items: rows.map((r) => dto(r.a, r)), total, page, pageSize }, 200);
    },
  )
  .openapi(
    managerRoute.post(
      "/{applicationId}/decide",
      "Accept or decline a mentor's application, with a reason the mentor is mailed (managers)",
      {
        params: DecideParams,
        body: DecisionInput,
        description: "A declined application needs a reason. Each application is decided once (409 after).",
        responses: { 200: json(ApplicationSchema, "The application as decided"), ...refusals(400, 401, 404, 409) },
      },
    ),
    async (c) => {
      const { me, program } = c.var;
      const { applicationId } = c.req.valid("param");
      const { decision, reason } = c.req.valid("json");
      const found = await applicationById(c.var.db, applicationId, program.id);
      if (!found) throw notFound("Application");
      const status = decision === "accept" ? "accepted" : "declined";
      const decided = await decide(c.var.db, applicationId, program.id, { status, reason, by: me.id, at: Date.now() });
      if (!decided) throw new ApiError(409, "already_decided", "This application was decided already.");
      await audit(c, "application.decided", { programId: program.id, targetId: decided.id, detail: { decision } });
      const mailer = mailerOf(c);
      const mail = applicationDecidedMail(
        languageOf(found.uiLanguage),
        found.name,
        program.name,
        status === "accepted",
        reason,
        pageUrl(mailer.origin, pagePaths.mentorApplication(program.id)),
      );
      // Keyed by the decision: a doubled request mails once (invariant 1).
      await sendMail(
        mailer.db,
        mailer.queue,
        `mentor-application:${decided.id}:${decided.decidedAt}`,
        found.email,
        mail,
      );
      return c.json(dto(decided, found), 200);
    },
  );
