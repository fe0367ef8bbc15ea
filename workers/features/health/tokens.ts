/**
 * @module features/health/tokens
 * The one-click link of a "still going?" question: the check's id and the person's, signed with the
 * app's secret, so nothing is stored and nobody can answer for the other person or another pair.
 */
import { hmacToken, timingSafeEqual } from "../../platform/crypto";

const sign = (secret: string, checkId: string, personId: string) =>
  hmacToken(secret, `pair-check:${checkId}:${personId}`);

export const checkToken = async (secret: string, checkId: string, personId: string) =>
  `${checkId}.${personId}.${await sign(secret, checkId, personId)}`;

/** The check and person a token names, or null for one that was not made here. */
export async function readCheckToken(secret: string, token: string) {
  const [checkId, personId, mac, ...rest] = token.split(".");
  if (!checkId || !personId || !mac || rest.length) return null;
  return timingSafeEqual(mac, await sign(secret, checkId, personId)) ? { checkId, personId } : null;
}
