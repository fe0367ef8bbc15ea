/** @module auth/mentorship-access — a mentorship its two people (or its program's managers) may see; 404 otherwise. */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { mentorships } from "../db/schema";
import { notFound } from "../lib/errors";
import { canManage, requireUser } from "./middleware";

export async function ownMentorship(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const [m] = await c.var.db.select().from(mentorships).where(eq(mentorships.id, id));
  if (!m || (m.mentorId !== user.id && m.menteeId !== user.id && !canManage(user, m.programId))) {
    throw notFound("Mentorship");
  }
  return { user, m };
}
