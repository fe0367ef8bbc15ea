/**
 * @module features/events/day-routes
 * An event on its day: hosts check people in (or add walk-ins), mark no-shows and people who left,
 * and make the plan from who is present; everyone registered sees their seats and, once a round they
 * shared has ended, picks whom they would like to meet again. The clock is in features/events/clock-routes.
 */
import type { Round } from "../../domain/events/planner";
import type { RequestVars } from "../../platform/env";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { routesFor } from "../../platform/routes";
import { IdParam, json, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { ensurePerson } from "../people";
import { hostGuard, registeredGuard } from "./access";
import { metBy, roundsEnded } from "./picks";
import { planEvent } from "./plan";
import { addWalkIn, registrationsOf, setAttendance, type AttendanceStatus as Status, type Event } from "./repo/events";
import { picksOf, savePicks } from "./repo/picks";
import { roleAt } from "./roles";
import {
  AttendanceSchema,
  CheckinSchema,
  MySeatsSchema,
  PicksSchema,
  PicksUpdateSchema,
  PlanSchema,
  RegistrationChangedSchema,
  ReplanSchema,
} from "./schemas";

const route = routesFor(["Events"]).with({ params: IdParam });
const hostRoute = route.with({ middleware: [hostGuard] as const });
const pickerRoute = route.with({ middleware: [registeredGuard({ picking: true })] as const });

/** Marks someone registered at the host's event present, a no-show, or gone; 404 if they are not registered. */
async function markAttendance(c: { var: RequestVars & { event: Event } }, mark: { personId: string; status: Status }) {
  const registration = await setAttendance(c.var.db, c.var.event.id, mark.personId, mark.status, Date.now());
  if (!registration) throw notFound("Registration");
  return registration;
}

export const eventDayRoutes = router()
  .openapi(
    hostRoute.post("/checkin", "Check in a registered person by id, or add a walk-in by name, email and role (hosts)", {
      body: CheckinSchema,
      description:
        "Answers with the one registration it changed, so a host checking in hundreds of people does not download every registration each time.",
      responses: {
        200: json(RegistrationChangedSchema, "The registration, checked in"),
        ...refusals(400, 401, 404),
      },
    }),
    async (c) => {
      const { event } = c.var;
      const body = c.req.valid("json");
      if ("personId" in body) {
        return c.json({ registration: await markAttendance(c, { personId: body.personId, status: "present" }) }, 200);
      }
      const role = roleAt(event, body.role);
      const person = await ensurePerson(c.var.db, body.email, { name: body.name });
      return c.json({ registration: await addWalkIn(c.var.db, event.id, person.id, role, body.interests) }, 200);
    },
  )
  .openapi(
    hostRoute.post("/attendance", "Mark someone a no-show, or gone early (hosts); re-plan to take it into account", {
      body: AttendanceSchema,
      responses: { 200: json(RegistrationChangedSchema, "The registration"), ...refusals(400, 401, 404) },
    }),
    async (c) => c.json({ registration: await markAttendance(c, c.req.valid("json")) }, 200),
  )
  .openapi(
    hostRoute.get("/plan", "The rotation plan: for each round, who sits at which table and who sits out (hosts)", {
      description: "Planned from who is checked in the first time it is asked for; `POST` plans again.",
      responses: { 200: json(PlanSchema, "The plan"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { event } = c.var;
      const rounds = (event.plan as Round[] | null) ?? (await planEvent(c.var.db, event));
      return c.json({ rounds }, 200);
    },
  )
  .openapi(
    hostRoute.post("/plan", "Plan again for who is present now, keeping the rounds up to `afterRound` (hosts)", {
      body: ReplanSchema,
      responses: { 200: json(PlanSchema, "The plan"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { event } = c.var;
      const { afterRound } = c.req.valid("json");
      if (afterRound > ((event.plan as Round[] | null)?.length ?? 0)) {
        throw new ApiError(400, "invalid_input", "That round is not in the plan.", { afterRound: "Not in the plan." });
      }
      return c.json({ rounds: await planEvent(c.var.db, event, afterRound) }, 200);
    },
  )
  .openapi(
    route.get("/my-seats", "Your table and partners in every round of the plan (registered people)", {
      middleware: [registeredGuard()] as const,
      responses: { 200: json(MySeatsSchema, "Your rounds"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { me: user, event, registration: mine } = c.var;
      const plan = (event.plan as Round[] | null) ?? [];
      const everyone = new Map((await registrationsOf(c.var.db, event.id)).map((r) => [r.personId, r]));
      const someone = (id: string) => {
        const r = everyone.get(id);
        return {
          id,
          name: r?.name ?? "",
          title: r?.title ?? "",
          department: r?.department ?? "",
          interests: r?.interests ?? [],
        };
      };
      const rounds = plan.map((round) => {
        const seat = round.tables.find((t) => t.mentorId === user.id || t.menteeIds.includes(user.id));
        const partners = !seat ? [] : seat.mentorId === user.id ? seat.menteeIds : [seat.mentorId];
        return { round: round.round, table: seat?.table ?? null, partners: partners.map(someone) };
      });
      return c.json({ role: mine.role, rounds }, 200);
    },
  )
  .openapi(
    pickerRoute.get("/picks", "Whom you picked to keep meeting, and who picked you back (registered people)", {
      responses: { 200: json(PicksSchema, "Your picks"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { me, event } = c.var;
      return c.json(await picksOf(c.var.db, event, me.id), 200);
    },
  )
  .openapi(
    pickerRoute.put(
      "/picks",
      "Say whom you would like to keep meeting, among those you met in rounds that have ended (409 before); mutual picks become proposed mentorships in the event's program (at a mentoring event) and share each other's email",
      { body: PicksUpdateSchema, responses: { 200: json(PicksSchema, "Your picks"), ...refusals(400, 401, 404, 409) } },
    ),
    async (c) => {
      const { me, event } = c.var;
      const { personIds } = c.req.valid("json");
      const met = metBy(event, me.id);
      const fields = Object.fromEntries(
        personIds.flatMap((id, i) => (met.has(id) ? [] : [[`personIds.${i}`, "You did not meet this person here."]])),
      );
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Pick among the people you met.", fields);
      const metSoFar = metBy(event, me.id, await roundsEnded(c.env, event));
      const early = personIds.filter((id) => !metSoFar.has(id));
      if (early.length) {
        throw new ApiError(409, "round_not_ended", "You can pick someone once your round together has ended.");
      }
      return c.json(await savePicks(c.var.db, event, me.id, [...new Set(personIds)]), 200);
    },
  );
