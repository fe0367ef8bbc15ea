/** @module features/roulette/schemas — roulette choices, rounds, pairs and "we met". */
import { z } from "@hono/zod-openapi";
import { ROULETTE_CADENCES, ROULETTE_MIX } from "../../domain/kinds";

const cadence = z
  .union(ROULETTE_CADENCES.map((n) => z.literal(n)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<4>])
  .openapi({ type: "integer", enum: [...ROULETTE_CADENCES], description: "Take part every 1, 2 or 4 weeks" });

const choices = {
  cadenceWeeks: cadence.optional(),
  skipNext: z.boolean().optional().openapi({ description: "Sit out the next round (false takes it back)" }),
  paused: z.boolean().optional().openapi({ description: "Take part in no round until unpaused" }),
};
const someChoice = (c: object) => Object.values(c).some((v) => v !== undefined);
const noChoice = { message: "Say what to change: cadenceWeeks, skipNext or paused." };

export const RoulettePreferencesUpdate = z
  .object(choices)
  .strict()
  .refine(someChoice, noChoice)
  .openapi("RoulettePreferencesUpdate");
export const RoulettePreferencesByLink = z
  .object({ token: z.string().min(1).max(300), ...choices })
  .strict()
  .refine(({ token: _token, ...c }) => someChoice(c), noChoice)
  .openapi("RoulettePreferencesByLink");

export const RoulettePreferencesSchema = z
  .object({
    programId: z.string(),
    programName: z.string(),
    cadenceWeeks: z.number().int(),
    paused: z.boolean(),
    skipRound: z.number().int().nullable().openapi({ description: "The round this person sits out" }),
    nextRound: z.number().int(),
    nextRoundAt: z.number().int(),
  })
  .openapi("RoulettePreferences");

export const RouletteSettingsUpdate = z
  .object({
    enabled: z.boolean(),
    mixBy: z.array(z.enum(ROULETTE_MIX)).max(3).optional(),
    cooldownWeeks: z.number().int().min(1).max(52).optional(),
  })
  .strict()
  .openapi("RouletteSettingsUpdate");
export const RouletteSettingsSchema = z
  .object({ enabled: z.boolean(), mixBy: z.array(z.enum(ROULETTE_MIX)), cooldownWeeks: z.number().int() })
  .openapi("RouletteSettings");

/** Which round of a program's roulette, and when it starts. */
const whichRound = { round: z.number().int(), startsAt: z.number().int() };

export const RoundsQuery = z.object({
  before: z.coerce.number().int().min(1).optional().openapi({ description: "Rounds before this one (the next page)" }),
  limit: z.coerce.number().int().min(1).max(10).default(4),
});
export const RoundSchema = z
  .object({
    ...whichRound,
    pairs: z.array(
      z.object({
        id: z.string(),
        personIds: z.array(z.string()),
        met: z.boolean().nullable().openapi({ description: "Null until someone of the pair answers" }),
      }),
    ),
  })
  .openapi("RouletteRound");
export const RoundsSchema = z.array(RoundSchema).openapi("RouletteRounds");

export const PairIdParam = z.object({ pairId: z.string().min(1).max(64) });
export const PairQuery = z.object({ token: z.string().min(1).max(300).optional() });
export const MetBody = z
  .object({
    token: z.string().min(1).max(300).optional().openapi({ description: "The link's token, without a session" }),
    met: z.boolean().default(true),
    rating: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .openapi("RouletteMet");
export const PairSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    ...whichRound,
    partners: z.array(z.object({ name: z.string(), title: z.string(), department: z.string() })),
    met: z.boolean().nullable(),
    mine: z.object({ met: z.boolean().nullable(), rating: z.number().int().nullable() }),
  })
  .openapi("RoulettePair");

/** A count or share, or null where it is about one to four people (the insights' floor). */
const floored = z.number().nullable();
export const RouletteInsightsSchema = z
  .object({
    rounds: z.array(
      z.object({
        ...whichRound,
        people: floored,
        pairs: floored,
        metShare: floored.openapi({ description: "Of the pairs, the share where someone said they met (0–1)" }),
        answered: floored,
        ratings: floored,
        averageRating: floored,
      }),
    ),
  })
  .openapi("RouletteInsights");
