/** The person's mentorships (`GET /api/me/mentorships`), and the no-fault reasons for ending one early. */
import { api, ok } from "../../lib/api";

export const loadMentorships = () => ok(api.me.mentorships.$get());
export type Mentorship = Awaited<ReturnType<typeof loadMentorships>>["items"][number];

/** Proposed or running, as against completed or ended. */
export const isCurrent = (m: Mentorship) => m.status === "proposed" || m.status === "active";

/** The no-fault reasons, as the API names them. */
export { END_REASONS, type EndReason } from "../../../../workers/domain/mentorship";
