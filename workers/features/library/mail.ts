/** @module features/library/mail — an author of captured knowledge is asked to review the draft another drafted. */
import { pagePaths, pageUrl } from "../../domain/links";
import { layout, type RenderedMail } from "../mail";

export function knowledgeReviewMail(name: string, drafter: string, title: string, origin: string, entryId: string) {
  const subject = `${drafter} drafted “${title}”: please review it`;
  const { html, text } = layout(
    subject,
    [
      `Hello ${name},`,
      `${drafter} turned your notes into a draft for the knowledge library: “${title}”.`,
      "Read it, change what should change, and approve it. Nobody else sees it until every author has approved.",
    ],
    { label: "Review the draft", url: pageUrl(origin, pagePaths.libraryEntry(entryId)) },
    "You got this email because you are one of the draft's authors.",
  );
  return { subject, text, html } satisfies RenderedMail;
}
