/**
 * @module features/privacy/mail
 * A partner hears that the other person of their mentorship left Tandem: no name and no reason, since
 * the person who left asked for everything of theirs to go, the outbox's copy of this mail included.
 */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

export function partnerLeftMail(
  name: string,
  left: "mentor" | "mentee",
  programName: string,
  origin: string,
): RenderedMail {
  const { html, text } = layout(
    `Your ${left} has left Tandem`,
    [
      `Hello ${name},`,
      `Your ${left} in ${programName} has left Tandem and closed their account, so your mentorship there has ended. Nobody is at fault.`,
      ...(left === "mentor" ? ["You can be matched with a new mentor."] : []),
    ],
    { label: "Open Tandem", url: pageUrl(origin, pagePaths.profile()) },
    "You are receiving this because you took part in this mentorship.",
  );
  return { subject: `Your ${left} in ${programName} has left Tandem`, text, html };
}
