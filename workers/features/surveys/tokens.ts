/**
 * @module features/surveys/tokens
 * An invitation's one-click token is derived from its id under the app's secret, so any tick can write
 * the invitation's mail again after a crash and two ticks write the same link; the database keeps only
 * the token's hash (to find the invitation) and, apart, another hash of it that keys the response.
 */
import { hmacToken, sha256Hex } from "../../platform/crypto";

export const invitationToken = (secret: string, invitationId: string) => hmacToken(secret, `survey:${invitationId}`);
export const tokenHash = (token: string) => sha256Hex(`invitation:${token}`);
export const responseKey = (token: string) => sha256Hex(`response:${token}`);
