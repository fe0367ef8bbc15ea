/**
 * @module features/mentorships/routes
 * Mentorships after matching: each person's list and next steps, completing one, ending one early with a no-fault
 * reason (after which the mentee can be matched again), a program's list for its managers, and a
 * mentor pausing or resuming new mentees.
 */
import { z } from "@hono/zod-openapi";
import { ApiError, notFound } from "../../platform/errors";
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";

import type { DB } from "../../platform/db";
import { router } from "../../platform/validate";
import { forSignedIn, guardedRoutesFor } from "../auth";
import { mailerOf } from "../mail";
import { EnrollmentSchema } from "../people";
import { enrollmentDto, PageQuery, programManager } from "../programs";
import { mentorshipGuard } from "./access";
import { tellPartner } from "./close";
import { activateMentorship, completeMentorship, endMentorship, setMentorPause } from "./repo/mentorships";
import { mentorshipsOfPerson, programMentorships } from "./repo/views";
import { nextStepsOf } from "./next";
import { EndSchema, MentorshipSchema, NextStepSchema, ProgramMentorship, ProgramParam } from "./schemas";
import { audit } from "../audit";

const { route, signedInRoute } = guardedRoutesFor(["Mentorships"]);
const pairRoute = route.with({ middleware: [mentorshipGuard()] as const, params: IdParam });
const enrollmentRoute = route.with({ ...forSignedIn, params: ProgramParam });

const Status = (description: string) => json(z.object({ status: z.string() }), description);

/** Mounted at `/me`. */
export const myMentorshipRoutes = router()
  .openapi(
    signedInRoute.get("/mentorships", "Your mentorships, as mentor and as mentee, newest first", {
      responses: { 200: json(itemsOf(MentorshipSchema, "MentorshipList"), "Mentorships"), ...refusals(401) },
    }),
    async (c) => c.json({ items: await mentorshipsOfPerson(c.var.db, c.var.me.id) }, 200),
  )
  .openapi(
    signedInRoute.get(
      "/next",
      "What you have to do next across your programs, most urgent first (at most 20 of each kind)",
      {
        responses: { 200: json(itemsOf(NextStepSchema, "NextSteps"), "Next steps"), ...refusals(401) },
      },
    ),
    async (c) => c.json({ items: await nextStepsOf(c.var.db, c.env.JWT_SECRET, c.var.me.id, Date.now()) }, 200),
  );

/** Mounted at `/mentorships/:id`. */
export const mentorshipRoutes = router()
  .openapi(
    pairRoute.post(
      "/activate",
      "Start a proposed mentorship (either person, or a manager), if the mentor still has a seat",
      { responses: { 200: Status("Active"), ...refusals(401, 404, 409) } },
    ),
    async (c) => {
      const m = c.var.mentorship;
      if (m.status !== "proposed") throw new ApiError(409, "not_proposed", `This mentorship is ${m.status}.`);
      if (!(await activateMentorship(c.var.db, m.id, Date.now()))) {
        throw new ApiError(409, "no_seat", "The mentor has no free seat, or the mentee already has a mentor here.");
      }
      return c.json({ status: "active" }, 200);
    },
  )
  .openapi(
    pairRoute.post("/complete", "Mark an active mentorship completed (either person, or a manager)", {
      responses: { 200: Status("Completed"), ...refusals(401, 404, 409) },
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      const done = await completeMentorship(c.var.db, m.id, me.id, Date.now());
      if (!done) throw new ApiError(409, "not_active", "Only an active mentorship can be completed.");
      await tellPartner(mailerOf(c), done, me, "completed");
      return c.json({ status: done.status }, 200);
    },
  )
  .openapi(
    pairRoute.post("/end", "End a mentorship early with a no-fault reason; the mentee can then be matched again", {
      body: EndSchema,
      responses: { 200: Status("Ended"), ...refusals(400, 401, 404, 409) },
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      const { reason, note } = c.req.valid("json");
      const ended = await endMentorship(c.var.db, m.id, me.id, reason, note, Date.now());
      if (!ended) throw new ApiError(409, "not_open", "This mentorship is already over.");
      // Only a manager's ending is an organiser's action; the pair's own is theirs.
      if (me.id !== m.mentorId && me.id !== m.menteeId) {
        await audit(c, "pair.ended", { programId: m.programId, targetId: m.id, detail: { reason } });
      }
      await tellPartner(mailerOf(c), ended, me, "ended");
      return c.json({ status: ended.status }, 200);
    },
  );

/** Mounted at `/programs/:id/mentorships`. */
export const programMentorshipRoutes = router().openapi(
  route.get("/", "A program's mentorships, for its managers", {
    middleware: [programManager] as const,
    params: IdParam,
    query: PageQuery.extend({ status: z.enum(["proposed", "active", "completed", "ended"]).optional() }),
    responses: {
      200: json(
        z
          .object({ items: z.array(ProgramMentorship), total: z.number(), page: z.number(), pageSize: z.number() })
          .openapi("ProgramMentorships"),
        "Mentorships",
      ),
      ...refusals(400, 401, 404),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const { items, total } = await programMentorships(c.var.db, c.var.program.id, query);
    return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
  },
);

/** Mounted at `/me/enrollments/:programId`. */
export const mentorPauseRoutes = router()
  .openapi(
    enrollmentRoute.post("/pause", "As a mentor, take no new mentees or requests for now", {
      responses: { 200: json(EnrollmentSchema, "The enrollment, paused"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await pauseAs(c.var.db, c.var.me.id, c.req.valid("param").programId, true), 200),
  )
  .openapi(
    enrollmentRoute.post("/resume", "As a mentor, take new mentees and requests again", {
      responses: { 200: json(EnrollmentSchema, "The enrollment, resumed"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await pauseAs(c.var.db, c.var.me.id, c.req.valid("param").programId, false), 200),
  );

/** A mentor's own enrollment, paused or resumed: they take new mentees and requests only when not paused. */
async function pauseAs(db: DB, personId: string, programId: string, paused: boolean) {
  const saved = await setMentorPause(db, personId, programId, paused, Date.now());
  if (!saved) throw notFound("Mentor enrollment");
  return enrollmentDto(saved);
}
