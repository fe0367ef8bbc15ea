/**
 * @module features/roulette/routes
 * What a person does in a program's roulette: choose how often, skip the next round or pause (signed in,
 * or from the link in a round's mail), see a pair and say "we met" with an optional rating. Only the
 * pair's own people reach a pair: anyone else, organisers included, gets 404.
 */
import { z } from "@hono/zod-openapi";
import { NO_SESSION } from "../../platform/api-document";
import type { DB } from "../../platform/db";
import { ApiError, notFound } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { forSignedIn } from "../auth";
import { isActiveMember } from "../programs";
import { DEFAULT_CADENCE } from "./jobs";
import { answerMet, pairById, pairFor } from "./repo/pairs";
import { nextRound, preferencesOf, rouletteProgram, savePreferences } from "./repo/preferences";
import {
  MetBody,
  PairIdParam,
  PairQuery,
  PairSchema,
  RoulettePreferencesByLink,
  RoulettePreferencesSchema,
  RoulettePreferencesUpdate,
} from "./schemas";
import { readPairToken } from "./tokens";

const ProgramIdParam = z.object({ programId: z.string().min(1).max(64) });
const route = routesFor(["Roulette"]);
const mine = route.with({ ...forSignedIn, params: ProgramIdParam });
// A pair's routes answer the links in a round's mail, so the link's token stands in for a session.
const onPair = route.with({ security: NO_SESSION, params: PairIdParam });
type Choices = z.infer<typeof RoulettePreferencesUpdate>;

/** The program's roulette for one of its active people; 404 for anyone else or where roulette does not run. */
async function rouletteFor(db: DB, programId: string, personId: string) {
  const program = await rouletteProgram(db, programId);
  if (!program || !(await isActiveMember(db, programId, personId))) throw notFound("Enrollment");
  if (!program.enabled) throw new ApiError(409, "roulette_off", "This program runs no roulette rounds.");
  return program;
}

/** Saves the choices given and answers with all of them. */
async function choose(db: DB, programId: string, personId: string, choices: Partial<Choices>) {
  const program = await rouletteFor(db, programId, personId);
  const now = Date.now();
  const next = await nextRound(db, program, now);
  const saved = await savePreferences(db, programId, personId, {
    ...(choices.cadenceWeeks !== undefined && { cadenceWeeks: choices.cadenceWeeks }),
    ...(choices.skipNext !== undefined && { skipRound: choices.skipNext ? next.round : null }),
    ...(choices.paused !== undefined && { pausedAt: choices.paused ? now : null }),
  });
  return view(program, saved, next);
}

const view = (
  program: { id: string; name: string; cadenceWeeks: number | null },
  saved: { cadenceWeeks: number | null; skipRound: number | null; pausedAt: number | null } | undefined,
  next: { round: number; startsAt: number },
) => ({
  programId: program.id,
  programName: program.name,
  cadenceWeeks: saved?.cadenceWeeks ?? program.cadenceWeeks ?? DEFAULT_CADENCE,
  paused: saved?.pausedAt != null,
  skipRound: saved?.skipRound != null && saved.skipRound >= next.round ? saved.skipRound : null,
  nextRound: next.round,
  nextRoundAt: next.startsAt,
});

/** Who is asking about a pair: the link's person, else the signed-in person; 404 unless they are in the pair. */
async function memberOf(c: { var: { db: DB; user: { id: string } | null }; env: Env }, pairId: string, token?: string) {
  const personId = token ? await readPairToken(c.env.JWT_SECRET, pairId, token) : c.var.user?.id;
  const pair = personId ? await pairById(c.var.db, pairId) : undefined;
  if (!pair || !pair.members.some((m) => m.personId === personId)) throw notFound("Pair");
  return { pair, personId: personId! };
}

const Prefs = json(RoulettePreferencesSchema, "Your roulette choices");
const PairAnswer = json(PairSchema, "The pair");

/** Mounted at `/me/enrollments/:programId/roulette`. */
export const myRouletteRoutes = router()
  .openapi(
    mine.get("/", "Your roulette choices in a program", {
      responses: { 200: Prefs, ...refusals(401, 404, 409) },
    }),
    async (c) => {
      const { programId } = c.req.valid("param");
      const program = await rouletteFor(c.var.db, programId, c.var.me.id);
      const saved = await preferencesOf(c.var.db, programId, c.var.me.id);
      return c.json(view(program, saved, await nextRound(c.var.db, program, Date.now())), 200);
    },
  )
  .openapi(
    mine.put("/", "Opt in, choose how often, skip the next round or pause", {
      body: RoulettePreferencesUpdate,
      responses: { 200: Prefs, ...refusals(400, 401, 404, 409) },
    }),
    async (c) => c.json(await choose(c.var.db, c.req.valid("param").programId, c.var.me.id, c.req.valid("json")), 200),
  );

/** Mounted at `/roulette/:pairId`. */
export const rouletteRoutes = router()
  .openapi(
    onPair.get("/", "A roulette pair, for one of its people (signed in, or the link's token)", {
      query: PairQuery,
      responses: { 200: PairAnswer, ...refusals(400, 404) },
    }),
    async (c) => {
      const { pair, personId } = await memberOf(c, c.req.valid("param").pairId, c.req.valid("query").token);
      return c.json(pairFor(pair, personId), 200);
    },
  )
  .openapi(
    onPair.post("/met", 'Say "we met" (or not), with an optional 1–5 rating', {
      body: MetBody,
      responses: { 200: PairAnswer, ...refusals(400, 404) },
    }),
    async (c) => {
      const { token, met, rating } = c.req.valid("json");
      const { pairId } = c.req.valid("param");
      const { personId } = await memberOf(c, pairId, token);
      await answerMet(c.var.db, pairId, personId, met, rating, Date.now());
      return c.json(pairFor((await pairById(c.var.db, pairId))!, personId), 200);
    },
  )
  .openapi(
    onPair.put("/preferences", "Skip the next round, pause or change how often, from a round's link", {
      body: RoulettePreferencesByLink,
      responses: { 200: Prefs, ...refusals(400, 404, 409) },
    }),
    async (c) => {
      const { token, ...choices } = c.req.valid("json");
      const { pair, personId } = await memberOf(c, c.req.valid("param").pairId, token);
      return c.json(await choose(c.var.db, pair.programId, personId, choices), 200);
    },
  );
