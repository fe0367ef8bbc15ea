/**
 * @module features/requests/routes
 * Mentee's-choice matching: a mentee's suggested mentors, their ranked request (the first choice gets
 * it with a deadline; a decline or silence moves it on), a mentor's answer, the mentee withdrawing, and
 * each mentor's response times for the program's organisers.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { requireUser } from "../auth";
import { managedProgram } from "../programs/access";
import { mentorRequests } from "../../db/schema";
import { excludedPairs, matchSettingsOf, participantsById } from "../matching/repo/pool";
import { MENTEE_ROLES } from "../../domain/roles";
import { pairRefusal, type PairRefusal } from "../../domain/pairing";
import { getProgram, type Program } from "../programs/repo/programs";
import { acceptRequest, createChain, getRequest, openChain, responseTimes } from "./repo";
import { scorePair } from "../../domain/matching/score";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { sendMail } from "../mail";
import { requestAcceptedMail } from "./mail";
import { declineRequest, mailRequest, whyAsked } from "./steps";
import { mailerOf } from "../mail";
import { suggestionsFor } from "../matching/suggest";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { MyRequestsSchema, RequestCreateSchema, ResponseTimesSchema, SuggestionsSchema } from "./schemas";

const tags = ["Mentor requests"];
const conflict = errors[409];

/** Whether mentees choose in this program today; throws the reason when they do not. */
function assertChoosing(program: Program, now: number) {
  if (program.matchMode === "admin") {
    throw new ApiError(409, "not_choice_mode", "In this program the organisers make the matches.");
  }
  const today = new Date(now).toISOString().slice(0, 10);
  if (program.matchMode === "both" && program.choiceClosesOn && today > program.choiceClosesOn) {
    throw new ApiError(409, "choice_closed", "Choosing closed; the organisers will match everyone who has not chosen.");
  }
}

/** A refused choice in the mentee's words (being a mentee without a mentor was checked before). */
function choiceRefused(why: PairRefusal, name: string) {
  if (why === "not_mentor") return "Not a mentor in this program.";
  if (why === "paused") return `${name} is not taking requests now.`;
  if (why === "no_seat") return `${name} has no free seat.`;
  return `${name} cannot be your mentor in this program.`;
}

/** A pending-or-not request addressed to the signed-in mentor; 404 for anyone else. */
async function requestToMe(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const request = await getRequest(c.var.db, id);
  if (!request || request.mentorId !== user.id) throw notFound("Request");
  return { user, request };
}

/** The signed-in mentee's program, with the reason they cannot choose now if so. */
async function menteeProgram(c: Context<AppEnv>, programId: string) {
  const user = requireUser(c.var.user);
  const program = await getProgram(c.var.db, programId);
  if (!program) throw notFound("Program");
  const me = (await participantsById(c.var.db, program, [user.id])).get(user.id);
  if (!me || !MENTEE_ROLES.includes(me.role)) throw notFound("Your mentee enrollment in this program");
  assertChoosing(program, Date.now());
  if (me.hasMentor) throw new ApiError(409, "has_mentor", "You already have a mentor in this program.");
  if (await openChain(c.var.db, program.id, user.id)) {
    throw new ApiError(409, "request_open", "Your request is on its way; withdraw it to choose again.");
  }
  return { user, program };
}

export const requestRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/suggestions",
      tags,
      summary: "Your five best-suited mentors with scores, reasons and what you share (mentees)",
      request: { params: IdParam },
      responses: { 200: json(SuggestionsSchema, "Suggestions"), 401: errors[401], 404: errors[404], 409: conflict },
    }),
    async (c) => {
      const { user, program } = await menteeProgram(c, c.req.valid("param").id);
      const found = await suggestionsFor(c.var.db, program, user.id);
      if (!found) throw new ApiError(409, "cannot_choose", "You cannot choose a mentor in this program now.");
      return c.json({ ...found, requestDays: program.requestDays }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/requests",
      tags,
      summary:
        "Ask up to three mentors, in order: the first gets the request now, the next if they decline or do not answer in time",
      request: { params: IdParam, ...jsonBody(RequestCreateSchema) },
      responses: {
        201: json(z.object({ ids: z.array(z.string()) }).openapi("MentorRequestCreated"), "The request chain"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: conflict,
      },
    }),
    async (c) => {
      const { user, program } = await menteeProgram(c, c.req.valid("param").id);
      const { mentorIds, message } = c.req.valid("json");
      const [found, excluded] = await Promise.all([
        participantsById(c.var.db, program, [user.id, ...mentorIds]),
        excludedPairs(c.var.db, program.id),
      ]);
      const me = found.get(user.id)!;
      const settings = matchSettingsOf(program);
      const fields: Record<string, string> = {};
      mentorIds.forEach((id, i) => {
        const mentor = found.get(id);
        const why = pairRefusal(mentor, me, { settings, excluded });
        if (why) fields[`mentorIds.${i}`] = choiceRefused(why, mentor?.person.name ?? "");
      });
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Some choices are not possible.", fields);
      const now = Date.now();
      const chain = await createChain(c.var.db, program.id, user.id, mentorIds, message, program.requestDays, now);
      if (!chain) throw new ApiError(409, "request_open", "Your request is already on its way.");
      await mailRequest(mailerOf(c), program, { ...chain[0]!, respondedAt: null, createdAt: now });
      return c.json({ ids: chain.map((r) => r.id) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/requests",
      tags,
      summary: "Requests you sent (with where each stands) and requests waiting for your answer",
      responses: { 200: json(MyRequestsSchema, "Your requests"), 401: errors[401] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const rows = await c.var.db.all<Record<string, any>>(sql`
        SELECT r.id, r.program_id AS programId, pr.name AS programName, r.rank, r.status, r.message, r.sent_at AS sentAt,
          r.deadline_at AS deadlineAt, r.responded_at AS respondedAt, r.mentor_id AS mentorId, r.mentee_id AS menteeId,
          r.created_at AS chainStartedAt,
          o.id AS otherId, o.name AS otherName, o.title AS otherTitle, o.department AS otherDepartment
        FROM mentor_requests r JOIN programs pr ON pr.id = r.program_id
        JOIN people o ON o.id = CASE WHEN r.mentee_id = ${user.id} THEN r.mentor_id ELSE r.mentee_id END
        WHERE r.mentee_id = ${user.id} OR (r.mentor_id = ${user.id} AND r.status = 'pending')
        ORDER BY r.created_at DESC, r.rank`);
      const base = (r: Record<string, any>) => ({
        id: r.id,
        programId: r.programId,
        programName: r.programName,
        rank: r.rank,
        status: r.status,
        message: r.message,
        sentAt: r.sentAt,
        deadlineAt: r.deadlineAt,
        respondedAt: r.respondedAt,
        chainStartedAt: r.chainStartedAt,
      });
      const other = (r: Record<string, any>) => ({
        id: r.otherId,
        name: r.otherName,
        title: r.otherTitle,
        department: r.otherDepartment,
      });
      const toAnswer = rows.filter((r) => r.mentorId === user.id && r.menteeId !== user.id);
      const why = await whyAsked(c.var.db, user.id, toAnswer as { id: string; programId: string; menteeId: string }[]);
      const received = toAnswer.map((r) => ({ ...base(r), mentee: other(r), ...why.get(r.id)! }));
      const sent = rows.filter((r) => r.menteeId === user.id).map((r) => ({ ...base(r), mentor: other(r) }));
      return c.json({ sent, received }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/accept",
      tags,
      summary: "Accept a request to you: the mentorship starts at once if you still have a seat",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ status: z.literal("accepted") }), "Accepted"),
        401: errors[401],
        404: errors[404],
        409: conflict,
      },
    }),
    async (c) => {
      const { user, request } = await requestToMe(c, c.req.valid("param").id);
      if (request.status !== "pending") {
        throw new ApiError(409, "not_pending", `This request is already ${request.status}.`);
      }
      const program = (await getProgram(c.var.db, request.programId))!;
      const found = await participantsById(c.var.db, program, [request.mentorId, request.menteeId]);
      const mentor = found.get(request.mentorId)?.person;
      const mentee = found.get(request.menteeId)?.person;
      const fit = mentor && mentee ? scorePair(mentor, mentee, matchSettingsOf(program)) : null;
      if (!(await acceptRequest(c.var.db, request.id, user.id, fit, Date.now()))) {
        const after = await getRequest(c.var.db, request.id);
        if (after?.status !== "pending")
          throw new ApiError(409, "not_pending", `This request is already ${after?.status}.`);
        throw new ApiError(
          409,
          "no_seat",
          "You have no free seat, or they found a mentor meanwhile. Raise your capacity, or decline.",
        );
      }
      if (mentee) {
        await sendMail(
          c.var.db,
          c.env,
          `request-accepted:${request.id}`,
          mentee.email,
          requestAcceptedMail(
            mentee.name,
            { name: user.name, email: user.email },
            program.name,
            `${mailerOf(c).origin}/dashboard`,
          ),
        );
      }
      return c.json({ status: "accepted" as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/decline",
      tags,
      summary: "Decline a request to you; it moves on to the mentee's next choice",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ status: z.literal("declined") }), "Declined"),
        401: errors[401],
        404: errors[404],
        409: conflict,
      },
    }),
    async (c) => {
      const { request } = await requestToMe(c, c.req.valid("param").id);
      if (!(await declineRequest(mailerOf(c), request, Date.now()))) {
        throw new ApiError(409, "not_pending", `This request is already ${request.status}.`);
      }
      return c.json({ status: "declined" as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/requests/withdraw",
      tags,
      summary: "Withdraw your open request in a program, to choose again",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ withdrawn: z.number() }), "How many requests were withdrawn"),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const withdrawn = await c.var.db
        .update(mentorRequests)
        .set({ status: "cancelled" })
        .where(
          and(
            eq(mentorRequests.programId, c.req.valid("param").id),
            eq(mentorRequests.menteeId, user.id),
            sql`${mentorRequests.status} IN ('waiting', 'pending')`,
          ),
        )
        .returning({ id: mentorRequests.id });
      return c.json({ withdrawn: withdrawn.length }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/mentor-responses",
      tags,
      summary: "Each mentor's requests and average time to answer, for the program's organisers",
      request: { params: IdParam },
      responses: { 200: json(ResponseTimesSchema, "Response times"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { id } = await managedProgram(c.var, c.req.valid("param").id);
      return c.json({ items: await responseTimes(c.var.db, id) }, 200);
    },
  );
