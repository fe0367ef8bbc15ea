/** @module features/imports/mail — the welcome an import sends. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/** The welcome sent to someone an admin enrolled by import. */
export function welcomeMail(name: string, programName: string, origin: string): RenderedMail {
  const { html, text } = layout(
    `Welcome to ${programName}`,
    [
      `Hello ${name},`,
      `Your organisation has enrolled you in ${programName} on Tandem. Sign in to check your profile, so that your matches fit you.`,
    ],
    { label: "Check your profile", url: pageUrl(origin, pagePaths.profile()) },
    "You can withdraw from the program at any time from your dashboard.",
  );
  return { subject: `Welcome to ${programName}`, text, html };
}
