/**
 * @module features/surveys/text-order
 * Written answers in an order that says nothing about who answered when: sorted by a keyed hash (HMAC
 * under the app's secret) of the survey's id and each text. The order is the same on every visit and
 * differs between surveys, and without the secret nobody can work it back to the order of answers.
 */
import { hmacToken } from "../../platform/crypto";

type WithTexts = { texts?: string[] };

async function keyedOrder(secret: string, surveyId: string, texts: string[]) {
  const keyed = await Promise.all(
    texts.map(async (t) => ({ t, k: await hmacToken(secret, `survey-text:${surveyId}:${t}`) })),
  );
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.t);
}

/** Puts the written answers of every question (overall and per group) in the survey's keyed order. */
export async function orderTexts<R extends { questions: WithTexts[]; groups: { questions: WithTexts[] }[] }>(
  secret: string,
  surveyId: string,
  results: R,
): Promise<R> {
  const all = [...results.questions, ...results.groups.flatMap((g) => g.questions)];
  await Promise.all(
    all.map(async (q) => {
      if (q.texts) q.texts = await keyedOrder(secret, surveyId, q.texts);
    }),
  );
  return results;
}
