/** @module features/recognition/mail — a manager hears that someone on their team was thanked. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/**
 * To the recipient's manager, when the sender chose to tell them. The button opens the manager's own
 * profile, where their badges and thanks are, since nobody but the recipient sees the recipient's.
 */
export function kudosManagerMail(person: string, from: string, note: string, origin: string): RenderedMail {
  const { html, text } = layout(
    `${person} was thanked for their mentoring`,
    [`${from} sent ${person} a thank-you through Tandem, and wanted you to know:`, `“${note}”`],
    { label: "Open your Tandem profile", url: pageUrl(origin, pagePaths.profile()) },
    `You are receiving this because ${person} names you as their manager.`,
  );
  return { subject: `A thank-you for ${person}`, text, html, category: "recognition" };
}
