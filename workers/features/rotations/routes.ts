/**
 * @module features/rotations/routes
 * A reverse program's rotation: managers see the whole schedule, plan again the cycles not started
 * (late joiners, leavers), swap two people in a planned cycle, and pause or resume; participants see
 * their partners, get each cycle's invite, and rate their partner when a cycle ends.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { managedProgram } from "../programs/access";
import { requireUser } from "../auth";
import { programs, rotationFeedback } from "../../db/schema";
import { withdrewFrom } from "../programs/repo/participation";
import { getProgram, type Program } from "../programs/repo/programs";
import { asCycle, cyclesOf, replanRotation, saveCyclePairs } from "./repo";
import { firstAgenda } from "../../domain/rotations/agenda";
import { swapInCycle } from "../../domain/rotations/swap";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { firstMeetingAt, rotationInvite, rotationUid } from "./calendar";
import { organizerFrom } from "../../platform/calendar";
import { myRotations, rotationMembers, rotationView } from "./view";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { FeedbackSchema, MyRotationsSchema, PauseSchema, RotationSchema, SwapSchema } from "./schemas";

const tags = ["Rotations"];

async function reverseProgram(c: Context<AppEnv>, id: string) {
  const program = await managedProgram(c.var, id);
  if (program.kind !== "reverse") throw badRequest("not_reverse", "Only reverse-mentoring programs rotate.");
  return program;
}

/** The cycle's pair that `personId` is in, if any, while they take part in the program. */
async function pairOf(c: Context<AppEnv>, programId: string, cycle: number, personId: string) {
  const [rows, [left]] = await Promise.all([
    cyclesOf(c.var.db, programId),
    c.var.db.all<{ n: number }>(sql`SELECT ${withdrewFrom(sql`${programId}`, sql`${personId}`)} AS n`),
  ]);
  if (left?.n) return null;
  const row = rows.find((r) => r.cycle === cycle);
  const pair = row?.pairs.find((p) => p.juniorId === personId || p.seniorIds.includes(personId));
  return row && pair ? { row, pair } : null;
}

const view = (c: Context<AppEnv>, p: Program) => rotationView(c.var.db, p);
const rotationResponses = {
  200: json(RotationSchema, "The rotation"),
  400: errors[400],
  401: errors[401],
  404: errors[404],
};

export const rotationRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/rotations",
      tags,
      summary: "The rotation's cycles with their pairs and byes (managers)",
      request: { params: IdParam },
      responses: rotationResponses,
    }),
    async (c) => c.json(await view(c, await reverseProgram(c, c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/rotations/plan",
      tags,
      summary: "Plan again every cycle not started yet, for who takes part now (managers)",
      request: { params: IdParam },
      responses: rotationResponses,
    }),
    async (c) => {
      const program = await reverseProgram(c, c.req.valid("param").id);
      if (!program.startsOn || !program.endsOn) throw badRequest("no_term", "Set the program's start and end dates.");
      await replanRotation(c.var.db, program);
      return c.json(await view(c, program), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/rotations/swap",
      tags,
      summary: "Two juniors or two seniors trade places in a cycle not started yet (managers)",
      request: { params: IdParam, ...jsonBody(SwapSchema) },
      responses: { ...rotationResponses, 409: errors[409] },
    }),
    async (c) => {
      const program = await reverseProgram(c, c.req.valid("param").id);
      const { cycle, a, b } = c.req.valid("json");
      const rows = await cyclesOf(c.var.db, program.id);
      const row = rows.find((r) => r.cycle === cycle);
      if (!row) throw badRequest("invalid_input", "Some fields are not valid.", { cycle: "No such cycle." });
      if (row.startedAt) throw new ApiError(409, "cycle_started", "This cycle has started; only later ones change.");
      const roles = new Map((await rotationMembers(c.var.db, program.id)).map((p) => [p.id, p.role]));
      const result = swapInCycle(asCycle(row), rows.map(asCycle), a, b, (id) => roles.get(id) ?? null);
      if ("error" in result) throw new ApiError(409, "swap_refused", result.error);
      if (!(await saveCyclePairs(c.var.db, program.id, result.cycle))) {
        throw new ApiError(409, "cycle_started", "This cycle has started; only later ones change.");
      }
      return c.json(await view(c, program), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/rotations/pause",
      tags,
      summary: "Pause the rotation (no cycle starts or ends) or resume it (managers)",
      request: { params: IdParam, ...jsonBody(PauseSchema) },
      responses: rotationResponses,
    }),
    async (c) => {
      const program = await reverseProgram(c, c.req.valid("param").id);
      const { paused } = c.req.valid("json");
      await c.var.db.update(programs).set({ rotationPaused: paused }).where(eq(programs.id, program.id));
      return c.json(await view(c, { ...program, rotationPaused: paused }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/rotations/{cycle}/calendar.ics",
      tags,
      summary: "Your pair's first meeting in a cycle, as a calendar invite (the pair's members)",
      request: { params: IdParam.extend({ cycle: z.coerce.number().int().min(1).max(1000) }) },
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "An iCalendar file" },
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { id, cycle } = c.req.valid("param");
      const program = await getProgram(c.var.db, id);
      const found = program && (await pairOf(c, id, cycle, user.id));
      if (!program || !found) throw notFound("Cycle");
      const members = await rotationMembers(c.var.db, id);
      const byId = new Map(members.map((p) => [p.id, p]));
      const topics = await c.var.db.all<{ id: string; offered: string; sought: string; timezone: string }>(sql`
        SELECT e.person_id AS id, e.skills_offered AS offered, e.skills_sought AS sought, p.timezone
        FROM enrollments e JOIN people p ON p.id = e.person_id WHERE e.program_id = ${id}
          AND e.person_id IN (SELECT value FROM json_each(${JSON.stringify([found.pair.juniorId, ...found.pair.seniorIds])}))`);
      const t = new Map(topics.map((r) => [r.id, r]));
      const names = (json?: string) => (json ? (JSON.parse(json) as { name: string }[]).map((s) => s.name) : []);
      const junior = byId.get(found.pair.juniorId);
      const seniors = found.pair.seniorIds.flatMap((s) => byId.get(s) ?? []);
      const agenda = firstAgenda(
        { name: junior?.name ?? "The junior", offers: names(t.get(found.pair.juniorId)?.offered), wants: [] },
        seniors.map((s) => ({ name: s.name, offers: [], wants: names(t.get(s.id)?.sought) })),
      );
      const ics = rotationInvite({
        uid: rotationUid(id, cycle, found.pair.juniorId),
        title: `${program.name}: ${[junior, ...seniors].map((p) => p?.name).join(" and ")}`,
        start: firstMeetingAt(found.row.startsAt, t.get(seniors[0]?.id ?? "")?.timezone ?? "UTC"),
        agenda,
        url: `${new URL(c.req.url).origin}/dashboard`,
        organizer: organizerFrom(c.env.MAIL_FROM),
        attendees: [junior, ...seniors].flatMap((p) => (p ? [{ name: p.name, email: p.email }] : [])),
      });
      return c.body(ics, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="tandem-cycle-${cycle}.ics"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/rotations",
      tags,
      summary: "Your reverse-mentoring partners: this cycle's, the next one's as planned, and past ones",
      responses: { 200: json(MyRotationsSchema, "Your rotations"), 401: errors[401] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      return c.json({ items: await myRotations(c.var.db, user.id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/rotations/feedback",
      tags,
      summary: "Rate a partner of a cycle that has started, 1 to 5 with an optional line; again to change it",
      request: { params: IdParam, ...jsonBody(FeedbackSchema) },
      responses: {
        200: json(z.object({ saved: z.literal(true) }).openapi("RotationFeedbackSaved"), "Saved"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { id } = c.req.valid("param");
      const { cycle, aboutId, rating, comment } = c.req.valid("json");
      const found = await pairOf(c, id, cycle, user.id);
      if (!found || !found.row.startedAt) throw notFound("Cycle");
      const partners = found.pair.juniorId === user.id ? found.pair.seniorIds : [found.pair.juniorId];
      if (!partners.includes(aboutId)) {
        throw badRequest("invalid_input", "Some fields are not valid.", {
          aboutId: "Rate your partner of that cycle.",
        });
      }
      await c.var.db
        .insert(rotationFeedback)
        .values({ programId: id, cycle, fromId: user.id, aboutId, rating, comment })
        .onConflictDoUpdate({
          target: [
            rotationFeedback.programId,
            rotationFeedback.cycle,
            rotationFeedback.fromId,
            rotationFeedback.aboutId,
          ],
          set: { rating, comment },
        });
      return c.json({ saved: true as const }, 200);
    },
  );
