/**
 * @module features/requests/routes
 * Mentee's-choice matching: a mentee's suggested mentors, their ranked request (the first choice gets
 * it with a deadline; a decline or silence moves it on), a mentor's answer, the mentee withdrawing, and
 * each mentor's response times for the program's organisers.
 */
import { z } from "@hono/zod-openapi";
import { pairRefusal, type PairRefusal } from "../../domain/pairing";
import { scorePair } from "../../domain/matching/score";
import { ApiError, badRequest } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { mailerOf, sendMail } from "../mail";
import { excludedPairs, matchSettingsOf, participantsById, suggestionsFor } from "../matching";
import { getProgram, programRoutesFor } from "../programs";
import { asChoosingMentee, requestToMe } from "./access";
import { requestAcceptedMail } from "./mail";
import { acceptRequest, cancelOpenRequestsOf, createChain, getRequest } from "./repo/chains";
import { requestsOfPerson, responseTimes, type ListedRequest } from "./repo/views";
import {
  MyRequestsQuery,
  MyRequestsSchema,
  RequestCreateSchema,
  ResponseTimesSchema,
  SuggestionsSchema,
} from "./schemas";
import { declineRequest, mailRequest, whyAsked } from "./steps";
import { readerOf, readersByEmail } from "./repo/recipients";

const { route, signedInRoute, managerRoute } = programRoutesFor(["Mentor requests"]);
const choosingRoute = route.with(asChoosingMentee);

/** A refused choice in the mentee's words (being a mentee without a mentor was checked before). */
function choiceRefused(why: PairRefusal, name: string) {
  if (why === "not_mentor") return "Not a mentor in this program.";
  if (why === "paused") return `${name} is not taking requests now.`;
  if (why === "not_approved") return `${name} is not an approved mentor of this program yet.`;
  if (why === "no_seat") return `${name} has no free seat.`;
  return `${name} cannot be your mentor in this program.`;
}

/** A request as its list shows it: the row less whose it is, which `other` tells in the side's own words. */
const listed = ({ mentorId, menteeId, otherId, otherName, otherTitle, otherDepartment, ...request }: ListedRequest) =>
  request;
const other = (r: ListedRequest) => ({
  id: r.otherId,
  name: r.otherName,
  title: r.otherTitle,
  department: r.otherDepartment,
});

/** A mentor's answer to a request addressed to them. */
const answerRoute = <P extends string, S extends string>(path: P, status: S, description: string, summary: string) =>
  route.post(path, summary, {
    middleware: [requestToMe] as const,
    params: IdParam,
    responses: { 200: json(z.object({ status: z.literal(status) }), description), ...refusals(401, 404, 409) },
  });

/** Mounted at `/programs/:id`. */
export const requestChoiceRoutes = router()
  .openapi(
    choosingRoute.get(
      "/suggestions",
      "Your five best-suited mentors with scores, reasons and what you share (mentees)",
      { responses: { 200: json(SuggestionsSchema, "Suggestions"), ...refusals(401, 404, 409) } },
    ),
    async (c) => {
      const { me, program } = c.var;
      const found = await suggestionsFor(c.var.db, program, me.id);
      if (!found) throw new ApiError(409, "cannot_choose", "You cannot choose a mentor in this program now.");
      return c.json({ ...found, requestDays: program.requestDays }, 200);
    },
  )
  .openapi(
    choosingRoute.post(
      "/requests",
      "Ask up to three mentors, in order: the first gets the request now, the next if they decline or do not answer in time",
      {
        body: RequestCreateSchema,
        responses: {
          201: json(z.object({ ids: z.array(z.string()) }).openapi("MentorRequestCreated"), "The request chain"),
          ...refusals(400, 401, 404, 409),
        },
      },
    ),
    async (c) => {
      const { me, program } = c.var;
      const { mentorIds, message } = c.req.valid("json");
      const [found, excluded] = await Promise.all([
        participantsById(c.var.db, program, [me.id, ...mentorIds]),
        excludedPairs(c.var.db, program.id),
      ]);
      const rules = { settings: matchSettingsOf(program), excluded };
      const fields: Record<string, string> = {};
      mentorIds.forEach((id, i) => {
        const mentor = found.get(id);
        const why = pairRefusal(mentor, found.get(me.id), rules);
        if (why) fields[`mentorIds.${i}`] = choiceRefused(why, mentor?.person.name ?? "");
      });
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Some choices are not possible.", fields);
      const now = Date.now();
      const chain = await createChain(c.var.db, program.id, me.id, mentorIds, message, program.requestDays, now);
      if (!chain) throw new ApiError(409, "request_open", "Your request is already on its way.");
      await mailRequest(mailerOf(c), program, { ...chain[0]!, respondedAt: null, createdAt: now });
      return c.json({ ids: chain.map((r) => r.id) }, 201);
    },
  );

/** Mounted at `/me/requests`. */
export const myRequestRoutes = router().openapi(
  signedInRoute.get(
    "/",
    "Requests you sent (with where each stands) and a page of the requests waiting for your answer",
    {
      query: MyRequestsQuery,
      responses: { 200: json(MyRequestsSchema, "Your requests"), ...refusals(400, 401) },
    },
  ),
  async (c) => {
    const { me } = c.var;
    const { cursor, limit } = c.req.valid("query");
    const after = cursor
      ? { at: Number(cursor.slice(0, cursor.indexOf(":"))), id: cursor.slice(cursor.indexOf(":") + 1) }
      : null;
    const found = await requestsOfPerson(c.var.db, me.id, after, limit);
    const why = await whyAsked(c.var.db, me.id, found.received);
    const received = found.received.map((r) => ({ ...listed(r), mentee: other(r), ...why.get(r.id)! }));
    const sent = found.sent.map((r) => ({ ...listed(r), mentor: other(r) }));
    const next = found.next && `${found.next.at}:${found.next.id}`;
    return c.json({ sent, received, next, waiting: found.waiting }, 200);
  },
);

/** Mounted at `/requests/:id`. */
export const requestRoutes = router()
  .openapi(
    answerRoute(
      "/accept",
      "accepted",
      "Accepted",
      "Accept a request to you: the mentorship starts at once if you still have a seat",
    ),
    async (c) => {
      const { me, request } = c.var;
      if (request.status !== "pending") {
        throw new ApiError(409, "not_pending", `This request is already ${request.status}.`);
      }
      const program = (await getProgram(c.var.db, request.programId))!;
      const found = await participantsById(c.var.db, program, [request.mentorId, request.menteeId]);
      const mentor = found.get(request.mentorId)?.person;
      const mentee = found.get(request.menteeId)?.person;
      const fit = mentor && mentee ? scorePair(mentor, mentee, matchSettingsOf(program)) : null;
      const mentorshipId = await acceptRequest(c.var.db, request.id, me.id, fit, Date.now());
      if (!mentorshipId) {
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
        const origin = mailerOf(c).origin;
        const mentor = { name: me.name, email: me.email };
        const reader = readerOf(await readersByEmail(c.var.db, [mentee.email]), mentee.email);
        const mail = requestAcceptedMail(reader.language, mentee.name, mentor, program.name, origin, mentorshipId);
        await sendMail(c.var.db, c.env, `request-accepted:${request.id}`, mentee.email, mail);
      }
      return c.json({ status: "accepted" as const }, 200);
    },
  )
  .openapi(
    answerRoute(
      "/decline",
      "declined",
      "Declined",
      "Decline a request to you; it moves on to the mentee's next choice",
    ),
    async (c) => {
      const { request } = c.var;
      if (!(await declineRequest(mailerOf(c), request, Date.now()))) {
        throw new ApiError(409, "not_pending", `This request is already ${request.status}.`);
      }
      return c.json({ status: "declined" as const }, 200);
    },
  );

/** Mounted at `/programs/:id` after the others, in the order the API document lists them. */
export const programRequestRoutes = router()
  .openapi(
    signedInRoute.post("/requests/withdraw", "Withdraw your open request in a program, to choose again", {
      params: IdParam,
      responses: {
        200: json(z.object({ withdrawn: z.number() }), "How many requests were withdrawn"),
        ...refusals(401, 404),
      },
    }),
    async (c) => {
      const withdrawn = await cancelOpenRequestsOf(c.var.db, c.req.valid("param").id, c.var.me.id);
      return c.json({ withdrawn: withdrawn.length }, 200);
    },
  )
  .openapi(
    managerRoute.get(
      "/mentor-responses",
      "Each mentor's requests and average time to answer, for the program's organisers",
      {
        responses: { 200: json(ResponseTimesSchema, "Response times"), ...refusals(401, 404) },
      },
    ),
    async (c) => c.json({ items: await responseTimes(c.var.db, c.var.program.id) }, 200),
  );
