/** @module auth/mentorship-access — a mentorship its two people (or its program's managers) may see; 404 otherwise. */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv, CurrentUser } from "../app-env";
import { mentorships } from "../db/schema";
import { forbidden, notFound } from "../lib/errors";
import { canManage, requireUser } from "./middleware";

export async function ownMentorship(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const [m] = await c.var.db.select().from(mentorships).where(eq(mentorships.id, id));
  if (!m || (m.mentorId !== user.id && m.menteeId !== user.id && !canManage(user, m.programId))) {
    throw notFound("Mentorship");
  }
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
