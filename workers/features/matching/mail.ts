/** @module features/matching/mail — the news of a new mentorship. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/** The news of a new mentorship, to each of the two people. */
export function matchedMail(
  name: string,
  partner: { name: string; email: string },
  role: "mentor" | "mentee",
  programName: string,
  why: string,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const { html, text } = layout(
    role === "mentee" ? `${partner.name} is your mentor` : `You are mentoring ${partner.name}`,
    [
      `Hello ${name},`,
      role === "mentee"
        ? `In ${programName}, ${partner.name} (${partner.email}) will be your mentor.`
        : `In ${programName}, you will mentor ${partner.name} (${partner.email}).`,
      ...(why ? [`Why you two: ${why}`] : []),
      "A good first step: agree on a time to meet and what you both hope to get out of it.",
    ],
    { label: "Open your mentorship", url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    "If the pairing does not work out, either of you can end it from the dashboard; it is okay to part company.",
  );
  return { subject: `Your mentoring pair in ${programName}`, text, html, category: "matching" };
}
