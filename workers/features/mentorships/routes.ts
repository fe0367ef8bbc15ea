/**
 * @module features/mentorships/routes
 * Mentorships after matching: each person's list, completing one, ending one early with a no-fault
 * reason (after which the mentee can be matched again), a program's list for its managers, and a
 * mentor pausing or resuming new mentees.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { requireUser } from "../auth";
import { ownMentorship } from "./access";
import { tellPartner } from "./close";
import { mailerOf } from "../mail";
import { managedProgram } from "../programs/access";
import { enrollments, mentorships } from "../../db/schema";
import { MENTORSHIP_STATUSES } from "../../domain/statuses";
import { enrollmentDto } from "../programs/repo/enrollments";
import { activateMentorship, mayMentorSql, mentorshipsOfPerson } from "./repo";
import { ApiError, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { END_REASONS } from "../../domain/mentorship";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { EnrollmentSchema } from "../people/schemas";
import { PageQuery } from "../programs/schemas";

const tags = ["Mentorships"];

const Partner = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable().openapi({ description: "Null once the mentorship ended early or they withdrew" }),
  department: z.string(),
  title: z.string(),
  timezone: z.string(),
});
const MentorshipSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    status: z.enum(["proposed", "active", "completed", "ended"]),
    role: z.enum(["mentor", "mentee"]).openapi({ description: "Your role in it" }),
    partner: Partner,
    score: z.number().nullable(),
    reasons: z.array(z.string()),
    startedAt: z.number().nullable(),
    endedAt: z.number().nullable(),
    endReason: z.string().nullable(),
    recentMilestones: z
      .array(z.object({ title: z.string(), goal: z.string(), doneAt: z.number() }))
      .openapi({ description: "Milestones reached in the last two weeks, newest first" }),
  })
  .openapi("Mentorship");

const ProgramMentorship = z
  .object({
    id: z.string(),
    status: z.enum(MENTORSHIP_STATUSES),
    source: z.enum(["match", "request", "event"]),
    score: z.number().nullable(),
    startedAt: z.number().nullable(),
    endedAt: z.number().nullable(),
    endReason: z.string().nullable(),
    endNote: z.string().nullable().openapi({ description: "What the person who ended it wrote, for organisers" }),
    mentorId: z.string(),
    mentorName: z.string(),
    mentorEmail: z.string(),
    menteeId: z.string(),
    menteeName: z.string(),
    menteeEmail: z.string(),
  })
  .openapi("ProgramMentorship");

const EndSchema = z
  .object({
    reason: z.enum(Object.keys(END_REASONS) as [keyof typeof END_REASONS, ...(keyof typeof END_REASONS)[]]),
    note: z.string().trim().max(1000).default(""),
  })
  .openapi("MentorshipEnd");

const ProgramParam = z.object({ programId: z.string().min(1).max(64) });
const mentorRole = mayMentorSql(enrollments.role);

/** The mentorship if `personId` is in it or manages its program; 404 otherwise. */

export const mentorshipRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/mentorships",
      tags,
      summary: "Your mentorships, as mentor and as mentee, newest first",
      responses: {
        200: json(z.object({ items: z.array(MentorshipSchema) }).openapi("MentorshipList"), "Mentorships"),
        401: errors[401],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      return c.json({ items: await mentorshipsOfPerson(c.var.db, user.id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mentorships/{id}/activate",
      tags,
      summary: "Start a proposed mentorship (either person, or a manager), if the mentor still has a seat",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ status: z.string() }), "Active"),
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { m } = await ownMentorship(c.var, c.req.valid("param").id);
      if (m.status !== "proposed") throw new ApiError(409, "not_proposed", `This mentorship is ${m.status}.`);
      if (!(await activateMentorship(c.var.db, m.id, Date.now()))) {
        throw new ApiError(409, "no_seat", "The mentor has no free seat, or the mentee already has a mentor here.");
      }
      return c.json({ status: "active" }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mentorships/{id}/complete",
      tags,
      summary: "Mark an active mentorship completed (either person, or a manager)",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ status: z.string() }), "Completed"),
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, m } = await ownMentorship(c.var, c.req.valid("param").id);
      const [done] = await c.var.db
        .update(mentorships)
        .set({ status: "completed", endedAt: Date.now(), endedBy: user.id })
        .where(and(eq(mentorships.id, m.id), eq(mentorships.status, "active")))
        .returning();
      if (!done) throw new ApiError(409, "not_active", "Only an active mentorship can be completed.");
      await tellPartner(mailerOf(c), done, user, "completed");
      return c.json({ status: done.status }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mentorships/{id}/end",
      tags,
      summary: "End a mentorship early with a no-fault reason; the mentee can then be matched again",
      request: { params: IdParam, ...jsonBody(EndSchema) },
      responses: {
        200: json(z.object({ status: z.string() }), "Ended"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { user, m } = await ownMentorship(c.var, c.req.valid("param").id);
      const { reason, note } = c.req.valid("json");
      const [ended] = await c.var.db
        .update(mentorships)
        .set({ status: "ended", endedAt: Date.now(), endedBy: user.id, endReason: reason, endNote: note })
        .where(and(eq(mentorships.id, m.id), sql`${mentorships.status} IN ('proposed', 'active')`))
        .returning();
      if (!ended) throw new ApiError(409, "not_open", "This mentorship is already over.");
      await tellPartner(mailerOf(c), ended, user, "ended");
      return c.json({ status: ended.status }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/mentorships",
      tags,
      summary: "A program's mentorships, for its managers",
      request: {
        params: IdParam,
        query: PageQuery.extend({ status: z.enum(["proposed", "active", "completed", "ended"]).optional() }),
      },
      responses: {
        200: json(
          z
            .object({ items: z.array(ProgramMentorship), total: z.number(), page: z.number(), pageSize: z.number() })
            .openapi("ProgramMentorships"),
          "Mentorships",
        ),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = await managedProgram(c.var, c.req.valid("param").id);
      const { page, pageSize, status } = c.req.valid("query");
      const filter = status ? sql`AND m.status = ${status}` : sql``;
      const [items, [total]] = await Promise.all([
        c.var.db.all<z.infer<typeof ProgramMentorship>>(sql`
          SELECT m.id, m.status, m.source, m.score, m.started_at AS startedAt, m.ended_at AS endedAt, m.end_reason AS endReason, m.end_note AS endNote,
            a.id AS mentorId, a.name AS mentorName, a.email AS mentorEmail, b.id AS menteeId, b.name AS menteeName, b.email AS menteeEmail
          FROM mentorships m JOIN people a ON a.id = m.mentor_id JOIN people b ON b.id = m.mentee_id
          WHERE m.program_id = ${id} ${filter}
          ORDER BY m.created_at DESC, m.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
        c.var.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM mentorships m WHERE m.program_id = ${id} ${filter}`),
      ]);
      return c.json({ items, total: total?.n ?? 0, page, pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/enrollments/{programId}/pause",
      tags,
      summary: "As a mentor, take no new mentees or requests for now",
      request: { params: ProgramParam },
      responses: { 200: json(EnrollmentSchema, "The enrollment, paused"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const now = Date.now();
      const [saved] = await c.var.db
        .update(enrollments)
        .set({ pausedAt: sql`coalesce(${enrollments.pausedAt}, ${now})`, pausedBecause: "self", updatedAt: now })
        .where(
          and(eq(enrollments.personId, user.id), eq(enrollments.programId, c.req.valid("param").programId), mentorRole),
        )
        .returning();
      if (!saved) throw notFound("Mentor enrollment");
      return c.json(enrollmentDto(saved), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/enrollments/{programId}/resume",
      tags,
      summary: "As a mentor, take new mentees and requests again",
      request: { params: ProgramParam },
      responses: { 200: json(EnrollmentSchema, "The enrollment, resumed"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const now = Date.now();
      const [saved] = await c.var.db
        .update(enrollments)
        .set({ pausedAt: null, pausedBecause: null, resumedAt: now, updatedAt: now })
        .where(
          and(eq(enrollments.personId, user.id), eq(enrollments.programId, c.req.valid("param").programId), mentorRole),
        )
        .returning();
      if (!saved) throw notFound("Mentor enrollment");
      return c.json(enrollmentDto(saved), 200);
    },
  );
