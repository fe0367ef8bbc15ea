/**
 * @module features/mentorships/access
 * A mentorship its two people (or its program's managers) may see; 404 otherwise. Once either of the
 * two has withdrawn from the program, it is for its managers only; and once it has ended early, so are
 * its pages (meetings and goals).
 */
import { createMiddleware } from "hono/factory";
import type { CurrentUser, RequestVars } from "../../platform/env";
import { forbidden, notFound } from "../../platform/errors";
import { canManage, requireUser } from "../auth";
import type { Guarded } from "../auth";
import { mentorshipById, type Mentorship } from "./repo/mentorships";

type Access = {
  /** Its pages (meetings, goals): closed to the pair once it has ended early. */
  pages?: boolean;
  /** A change only the two people make: organisers read, and get 403 here. */
  pairOnly?: boolean;
};

export async function ownMentorship(v: RequestVars, id: string, opts: Access = {}) {
  const user = requireUser(v.user);
  const row = await mentorshipById(v.db, id);
  const m = row?.m;
  const inPair = !!m && (m.mentorId === user.id || m.menteeId === user.id);
  const pairMay = inPair && !row.someoneLeft && !(opts.pages && m.status === "ended");
  if (!m || (!pairMay && !canManage(user, m.programId))) throw notFound("Mentorship");
  if (opts.pairOnly) requirePairMember(user, m);
  return { user, m };
}

/**
 * Only the two people change what is theirs to arrange (their meetings and notes): organisers read them,
 * and the mail each change sends says the partner did it, which stays true.
 */
function requirePairMember(user: CurrentUser, m: { mentorId: string; menteeId: string }) {
  if (user.id !== m.mentorId && user.id !== m.menteeId) {
    throw forbidden("Only the two people of the pair arrange their meetings; the program's organisers can read them.");
  }
}

/** A mentorship whose pages (meetings, goals) the signed-in person may use. */
export const mentorshipPages = (v: RequestVars, id: string, opts: Access = {}) =>
  ownMentorship(v, id, { ...opts, pages: true });

/** Route guard: the mentorship named by the path's `{id}` as `mentorship`, on the terms of `opts`. */
export const mentorshipGuard = (opts: Access = {}) =>
  createMiddleware<Guarded<{ mentorship: Mentorship }>>(async (c, next) => {
    const { user, m } = await ownMentorship(c.var, c.req.param("id") ?? "", opts);
    c.set("me", user);
    c.set("mentorship", m);
    await next();
  });
