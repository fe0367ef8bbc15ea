/**
 * @module features/mentorships/access
 * A mentorship its two people (or its program's managers) may see; 404 otherwise. Once either of the
 * two has withdrawn from the program, it is for its managers only; and once it has ended early, so are
 * its pages (meetings and goals).
 */
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv, CurrentUser } from "../../platform/env";
import { mentorships } from "../../db/schema";
import { forbidden, notFound } from "../../platform/errors";
import { canManage, requireUser } from "../auth/middleware";
import { withdrewFrom } from "../programs/repo/participation";

export async function ownMentorship(c: Context<AppEnv>, id: string, opts: { pages?: boolean } = {}) {
  const user = requireUser(c.var.user);
  const [row] = await c.var.db
    .select({
      m: mentorships,
      left: sql<number>`${withdrewFrom(sql`${mentorships.programId}`, sql`${mentorships.mentorId}`)}
        OR ${withdrewFrom(sql`${mentorships.programId}`, sql`${mentorships.menteeId}`)}`,
    })
    .from(mentorships)
    .where(eq(mentorships.id, id));
  const m = row?.m;
  const inPair = !!m && (m.mentorId === user.id || m.menteeId === user.id);
  const pairMay = inPair && !row.left && !(opts.pages && m.status === "ended");
  if (!m || (!pairMay && !canManage(user, m.programId))) throw notFound("Mentorship");
  return { user, m };
}

/**
 * Only the two people change what is theirs to arrange (their meetings and notes): organisers read them,
 * and the mail each change sends says the partner did it, which stays true.
 */
export function requirePairMember(user: CurrentUser, m: { mentorId: string; menteeId: string }) {
  if (user.id !== m.mentorId && user.id !== m.menteeId) {
    throw forbidden("Only the two people of the pair arrange their meetings; the program's organisers can read them.");
  }
}

/** A mentorship whose pages (meetings, goals) the signed-in person may use. */
export const mentorshipPages = (c: Context<AppEnv>, id: string) => ownMentorship(c, id, { pages: true });
