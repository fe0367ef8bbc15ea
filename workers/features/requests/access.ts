/**
 * @module features/requests/access
 * Who may use mentee's-choice matching: a mentee of the program who may choose now (without a mentor
 * or a request under way), and a mentor for the requests addressed to them. Anyone else gets 404.
 */
import { createMiddleware } from "hono/factory";
import { ApiError, notFound } from "../../platform/errors";
import { MENTEE_ROLES } from "../../domain/roles";
import { requireUser, type Guarded } from "../auth";
import { participantsById } from "../matching";
import { getProgram, type Program } from "../programs";
import { getRequest, openChain, type MentorRequest } from "./repo/chains";
import { IdParam } from "../../platform/schemas";

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

/** Route guard: the program named by the path's `{id}`, for a mentee there who may choose a mentor now. */
const choosingMentee = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const program = await getProgram(c.var.db, c.req.param("id") ?? "");
  if (!program) throw notFound("Program");
  const mine = (await participantsById(c.var.db, program, [me.id])).get(me.id);
  if (!mine || !MENTEE_ROLES.includes(mine.role)) throw notFound("Your mentee enrollment in this program");
  assertChoosing(program, Date.now());
  if (mine.hasMentor) throw new ApiError(409, "has_mentor", "You already have a mentor in this program.");
  if (await openChain(c.var.db, program.id, me.id)) {
    throw new ApiError(409, "request_open", "Your request is on its way; withdraw it to choose again.");
  }
  c.set("me", me);
  c.set("program", program);
  await next();
});

/** What a route for a mentee choosing a mentor in the path's program says: `route.with(asChoosingMentee)`. */
export const asChoosingMentee = { middleware: [choosingMentee] as const, params: IdParam };

/** Route guard: the request named by the path's `{id}`, for the mentor it is addressed to. */
export const requestToMe = createMiddleware<Guarded<{ request: MentorRequest }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const request = await getRequest(c.var.db, c.req.param("id") ?? "");
  if (!request || request.mentorId !== me.id) throw notFound("Request");
  c.set("me", me);
  c.set("request", request);
  await next();
});
