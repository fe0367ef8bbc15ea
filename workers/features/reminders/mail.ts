/** @module features/reminders/mail — a person's due reminders, gathered into one digest. */
import { letter, type RenderedMail } from "../mail";
import { translator, type UiLanguage } from "../../platform/i18n";

/** Each item's `text` is already written in the reader's language (features/reminders/words). */
export function reminderDigestMail(
  language: UiLanguage,
  name: string,
  items: { text: string; link: string }[],
): RenderedMail {
  const t = translator(language);
  const one = items.length === 1 ? items[0]!.text : "";
  const values = { name, count: items.length, text: one };
  // The button opens the first (the soonest noted); each line carries its own link.
  return letter(language, {
    subject: one ? t("mail.digest.subjectOne", values) : t("mail.digest.subject", values),
    heading: one || t("mail.digest.heading", values),
    paragraphs: [t("mail.hello", values), ...items.map((i) => `• ${i.text} ${i.link}`)],
    action: { label: one ? t("mail.digest.buttonOne") : t("mail.digest.button"), url: items[0]!.link },
    footer: t("mail.digest.footer"),
    category: "reminders",
  });
}
