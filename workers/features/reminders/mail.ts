/** @module features/reminders/mail — a person's due reminders, gathered into one digest. */
import { layout, type RenderedMail } from "../mail";

export function reminderDigestMail(name: string, items: { text: string; link: string }[]): RenderedMail {
  // The button opens the first (the soonest noted); each line carries its own link.
  const { html, text } = layout(
    items.length === 1 ? items[0]!.text : `${items.length} things for your mentoring`,
    [`Hello ${name},`, ...items.map((i) => `• ${i.text} ${i.link}`)],
    { label: items.length === 1 ? "Open it in Tandem" : "Open the first in Tandem", url: items[0]!.link },
    "Reminders come together in one email, in your working hours.",
  );
  const subject =
    items.length === 1 ? `Reminder: ${items[0]!.text}` : `Reminders: ${items.length} things for your mentoring`;
  return { subject, text, html, category: "reminders" };
}
