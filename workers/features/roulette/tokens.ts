/**
 * @module features/roulette/tokens
 * The link in a roulette introduction: the pair's id and the person's, signed with the app's secret, so
 * nothing is stored and nobody can answer for another person or another pair.
 */
import { hmacToken, timingSafeEqual } from "../../platform/crypto";

const sign = (secret: string, pairId: string, personId: string) => hmacToken(secret, `roulette:${pairId}:${personId}`);

export const pairToken = async (secret: string, pairId: string, personId: string) =>
  `${personId}.${await sign(secret, pairId, personId)}`;

/** The person a token names for this pair, or null for one that was not made here. */
export async function readPairToken(secret: string, pairId: string, token: string) {
  const [personId, mac, ...rest] = token.split(".");
  if (!personId || !mac || rest.length) return null;
  return timingSafeEqual(mac, await sign(secret, pairId, personId)) ? personId : null;
}
