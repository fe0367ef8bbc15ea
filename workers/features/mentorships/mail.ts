/** @module features/mentorships/mail — a mentorship closed by the partner. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/** The other person hears that a mentorship was completed or ended early. */
export function mentorshipClosedMail(
  name: string,
  by: string,
  programName: string,
  how: "completed" | "ended",
  reason: string | null,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const { html, text } = layout(
    how === "completed" ? "Your mentorship is complete" : "Your mentorship has ended",
    [
      `Hello ${name},`,
      how === "completed"
        ? `${by} marked your mentorship in ${programName} as completed. Thank you for the time you gave each other.`
        : `${by} ended your mentorship in ${programName}${reason ? ` (${reason.toLowerCase()})` : ""}. It is okay to part company; nobody is at fault.`,
      ...(how === "ended" ? ["If you were the mentee, you can be matched again."] : []),
    ],
    { label: "Open your mentorship", url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    "You are receiving this because you took part in this mentorship.",
  );
  return { subject: `Your mentorship in ${programName}`, text, html };
}
