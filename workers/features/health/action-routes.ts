/**
 * @module features/health/action-routes
 * Acting on a pair gone quiet: its program's managers nudge both or ask both "still going?" (each once
 * per quiet spell: a second click answers 409), and each person answers from the link in their mail,
 * without signing in (the link is theirs alone: features/health/tokens).
 */
import { z } from "@hono/zod-openapi";

import { ApiError, notFound } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { mailerOf } from "../mail";
import { askStillGoing, nudge } from "./actions";
import { pairManager } from "./access";
import { answerCheck, checkById, pairPeople, pairWithSpell } from "./repo";
import { StillGoingAnswer, StillGoingSchema, TokenParam } from "./schemas";
import { readCheckToken } from "./tokens";
import type { DB } from "../../platform/db";

const { route, publicRoute } = guardedRoutesFor(["Insights"]);
const Done = json(z.object({ sent: z.literal(true) }), "Mailed to both");
const notActive = () => new ApiError(409, "not_active", "Only an active mentorship can be nudged or asked.");

/** The check and the pair a link names, with which side of the pair its person is; 404 for any other. */
async function fromToken(db: DB, secret: string, token: string) {
  const named = await readCheckToken(secret, token);
  const check = named && (await checkById(db, named.checkId));
  const pair = check && (await pairWithSpell(db, check.mentorshipId, Date.now()));
  if (!named || !check || check.kind !== "ask" || !pair) throw notFound("Question");
  const side = named.personId === pair.mentorId ? "mentor" : named.personId === pair.menteeId ? "mentee" : null;
  if (!side) throw notFound("Question");
  return { check, pair, side, personId: named.personId } as const;
}

/** A step a manager takes for a quiet pair: mailed to both, once per quiet spell. */
const pairStep = <P extends string>(path: P, summary: string) =>
  route.post(path, summary, {
    middleware: [pairManager] as const,
    params: IdParam,
    responses: { 200: Done, ...refusals(401, 404, 409) },
  });
const takenAlready = (what: string) =>
  new ApiError(409, `already_${what}`, `This pair was ${what} already since they last met.`);

/** Mounted at `/mentorships/:id`. */
export const healthActionRoutes = router()
  .openapi(
    pairStep("/nudge", "Nudge both people of a quiet pair to meet, once per quiet spell (managers)"),
    async (c) => {
      const { pair, me } = c.var;
      if (pair.status !== "active") throw notActive();
      if (!(await nudge(mailerOf(c), pair, me.id, Date.now()))) throw takenAlready("nudged");
      return c.json({ sent: true as const }, 200);
    },
  )
  .openapi(
    pairStep("/health-check", 'Ask both people of a quiet pair "still going?", once per quiet spell (managers)'),
    async (c) => {
      const { pair, me } = c.var;
      if (pair.status !== "active") throw notActive();
      if (!(await askStillGoing(mailerOf(c), c.env.JWT_SECRET, pair, me.id))) throw takenAlready("asked");
      return c.json({ sent: true as const }, 200);
    },
  );

/** Mounted at `/still-going`. */
export const stillGoingRoutes = router()
  .openapi(
    publicRoute.get("/{token}", 'A "still going?" question, from its link in the mail', {
      params: TokenParam,
      responses: { 200: json(StillGoingSchema, "The question"), ...refusals(400, 404) },
    }),
    async (c) => {
      const { check, pair, side, personId } = await fromToken(c.var.db, c.env.JWT_SECRET, c.req.valid("param").token);
      const partner = (await pairPeople(c.var.db, pair)).find((p) => p.id !== personId);
      return c.json(
        {
          partnerName: partner?.name ?? "",
          programName: pair.programName,
          answer: side === "mentor" ? check.mentorAnswer : check.menteeAnswer,
          active: pair.status === "active",
        },
        200,
      );
    },
  )
  .openapi(
    publicRoute.post("/", 'Answer "still going?" from the link in the mail: once per person; organisers see it', {
      body: StillGoingAnswer,
      responses: { 200: json(StillGoingSchema, "Recorded"), ...refusals(400, 404, 409) },
    }),
    async (c) => {
      const { token, answer } = c.req.valid("json");
      const { check, pair, side, personId } = await fromToken(c.var.db, c.env.JWT_SECRET, token);
      // A pair that has ended (someone withdrew, or it was closed) has nothing left to answer for.
      if (pair.status !== "active") throw new ApiError(409, "not_active", "This mentorship has ended already.");
      const saved = await answerCheck(c.var.db, check.id, side, answer);
      if (!saved) throw new ApiError(409, "already_answered", "You have answered this question already.");
      const partner = (await pairPeople(c.var.db, pair)).find((p) => p.id !== personId);
      return c.json(
        { partnerName: partner?.name ?? "", programName: pair.programName, answer, active: pair.status === "active" },
        200,
      );
    },
  );
