/** @module features/join/mail — the sign-up confirmation. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/**
 * The confirmation of a sign-up through a program's shared link. Anyone can ask for it for any address,
 * so it holds nothing the requester typed: only the program's name (set by its organisers) and the link.
 */
export function confirmMail(programName: string, origin: string, token: string): RenderedMail {
  const { html, text } = layout(
    `Confirm your place in ${programName}`,
    [
      `Someone asked to join ${programName} on Tandem with this email address.`,
      "If it was you, open the link to see what you entered and confirm it. The link works once and expires in 24 hours.",
    ],
    { label: "Review and confirm", url: pageUrl(origin, pagePaths.verify(token)) },
    "If it was not you, ignore this email and nothing will happen.",
  );
  return { subject: `Confirm your sign-up for ${programName}`, text, html };
}
