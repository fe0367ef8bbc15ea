/** @module features/retention/mail — the month's notice before an ended program's data is deleted. */
import { letter, type RenderedMail } from "../mail";
import { translator, type UiLanguage } from "../../platform/i18n";

/** `deleteOn` is already written in the reader's language. */
export function retentionWarningMail(
  language: UiLanguage,
  name: string,
  programName: string,
  deleteOn: string,
  url: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, program: programName, date: deleteOn };
  return letter(language, {
    subject: t("mail.retention.subject", values),
    paragraphs: [t("mail.hi", values), t("mail.retention.body", values), t("mail.retention.export")],
    action: { label: t("mail.retention.button"), url },
    footer: t("mail.retention.footer"),
  });
}
