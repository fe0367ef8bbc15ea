/**
 * @module features/meetings/access
 * A meeting is its mentorship's: whoever may use the mentorship's pages may read it, and only the pair
 * changes it (features/mentorships/access).
 */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import { mentorshipPages, type Mentorship } from "../mentorships";
import { meetingById, type Meeting } from "./repo";

/** Route guard: the meeting named by the path's `{id}` and its mentorship; `pairOnly` for a change. */
export const meetingGuard = (opts: { pairOnly?: boolean } = {}) =>
  createMiddleware<Guarded<{ meeting: Meeting; mentorship: Mentorship }>>(async (c, next) => {
    const meeting = await meetingById(c.var.db, c.req.param("id") ?? "");
    if (!meeting) throw notFound("Meeting");
    const { user, m } = await mentorshipPages(c.var, meeting.mentorshipId, opts);
    c.set("me", user);
    c.set("meeting", meeting);
    c.set("mentorship", m);
    await next();
  });
