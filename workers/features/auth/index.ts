/**
 * @module features/auth
 * What other features use of sign-in: the route guards (`signedIn`, `adminOnly`, and `Guarded` for a
 * feature's own), and the checks they are made of, for the few places a guard cannot sit on the route.
 */
export { adminOnly, forAdmins, forSignedIn, guardedRoutesFor, signedIn, type Guarded } from "./guards";
export { canManage, requireManager, requireUser } from "./middleware";
export { CONFIRM_TTL_MS, SIGNIN_TTL_MS, createEmailToken, redeemEmailToken, type RedeemFailure } from "./repo/tokens";
export { insertSession, revokeSessionsOf } from "./repo/sessions";
