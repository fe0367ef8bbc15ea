/**
 * @module features/rotations/partner-routes
 * A reverse program's rotation as its participants live it: their partners, this cycle's and the next
 * one's, each cycle's first meeting as a calendar invite, and a rating of their partner when a cycle ends.
 * Only the pair's members reach a cycle's pair; someone who left the program reaches none.
 */
import { z } from "@hono/zod-openapi";
import { firstAgenda } from "../../domain/rotations/agenda";
import { organizerFrom } from "../../platform/calendar";
import type { RequestVars } from "../../platform/env";
import { badRequest, notFound } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { getProgram } from "../programs";
import { firstMeetingAt, rotationInvite, rotationUid } from "./calendar";
import { cyclesOf, hasWithdrawn, pairTopics, saveFeedback } from "./repo/cycles";
import { myRotations, rotationMembers } from "./repo/view";
import { FeedbackSchema, MyRotationsSchema } from "./schemas";

const { signedInRoute: partnerRoute } = guardedRoutesFor(["Rotations"]);

/** The cycle's pair that `personId` is in, if any, while they take part in the program. */
async function pairOf(v: RequestVars, programId: string, cycle: number, personId: string) {
  const [rows, left] = await Promise.all([cyclesOf(v.db, programId), hasWithdrawn(v.db, programId, personId)]);
  if (left) return null;
  const row = rows.find((r) => r.cycle === cycle);
  const pair = row?.pairs.find((p) => p.juniorId === personId || p.seniorIds.includes(personId));
  return row && pair ? { row, pair } : null;
}

/** Mounted at `/programs/:id/rotations/:cycle/calendar.ics`. */
export const rotationCalendarRoutes = router().openapi(
  partnerRoute.get("/", "Your pair's first meeting in a cycle, as a calendar invite (the pair's members)", {
    params: IdParam.extend({ cycle: z.coerce.number().int().min(1).max(1000) }),
    responses: {
      200: { content: { "text/calendar": { schema: z.string() } }, description: "An iCalendar file" },
      ...refusals(401, 404),
    },
  }),
  async (c) => {
    const { id, cycle } = c.req.valid("param");
    const program = await getProgram(c.var.db, id);
    const found = program && (await pairOf(c.var, id, cycle, c.var.me.id));
    if (!program || !found) throw notFound("Cycle");
    const members = await rotationMembers(c.var.db, id);
    const byId = new Map(members.map((p) => [p.id, p]));
    const topics = await pairTopics(c.var.db, id, [found.pair.juniorId, ...found.pair.seniorIds]);
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
);

/** Mounted at `/me/rotations`. */
export const myRotationRoutes = router().openapi(
  partnerRoute.get("/", "Your reverse-mentoring partners: this cycle's, the next one's as planned, and past ones", {
    responses: { 200: json(MyRotationsSchema, "Your rotations"), ...refusals(401) },
  }),
  async (c) => c.json({ items: await myRotations(c.var.db, c.var.me.id) }, 200),
);

/** Mounted at `/programs/:id/rotations/feedback`. */
export const rotationFeedbackRoutes = router().openapi(
  partnerRoute.post(
    "/",
    "Rate a partner of a cycle that has started, 1 to 5 with an optional line; again to change it",
    {
      params: IdParam,
      body: FeedbackSchema,
      responses: {
        200: json(z.object({ saved: z.literal(true) }).openapi("RotationFeedbackSaved"), "Saved"),
        ...refusals(400, 401, 404),
      },
    },
  ),
  async (c) => {
    const { me } = c.var;
    const { id } = c.req.valid("param");
    const { cycle, aboutId, rating, comment } = c.req.valid("json");
    const found = await pairOf(c.var, id, cycle, me.id);
    if (!found || !found.row.startedAt) throw notFound("Cycle");
    const partners = found.pair.juniorId === me.id ? found.pair.seniorIds : [found.pair.juniorId];
    if (!partners.includes(aboutId)) {
      throw badRequest("invalid_input", "Some fields are not valid.", {
        aboutId: "Rate your partner of that cycle.",
      });
    }
    await saveFeedback(c.var.db, { programId: id, cycle, fromId: me.id, aboutId, rating, comment });
    return c.json({ saved: true as const }, 200);
  },
);
