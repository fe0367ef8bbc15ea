/** @module features/retention/mail — the month's notice before an ended program's data is deleted. */
import { layout, type RenderedMail } from "../mail";
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
  const subject = t("mail.retention.subject", values);
  return {
    subject,
    ...layout(
      language,
      subject,
      [t("mail.hi", values), t("mail.retention.body", values), t("mail.retention.export")],
      { label: t("mail.retention.button"), url },
      t("mail.retention.footer"),
    ),
  };
}
