/** @module features/applications/mail — a mentor hears whether their application was accepted, and why not. */
import { letter, type RenderedMail } from "../mail";
import { translator, type UiLanguage } from "../../platform/i18n";

export function applicationDecidedMail(
  language: UiLanguage,
  name: string,
  programName: string,
  accepted: boolean,
  reason: string,
  url: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, program: programName, reason };
  const title = accepted ? t("mail.application.acceptedTitle", values) : t("mail.application.declinedTitle", values);
  return letter(language, {
    subject: title,
    paragraphs: [
      t("mail.hello", values),
      accepted ? t("mail.application.accepted", values) : t("mail.application.declined", values),
      ...(reason ? [accepted ? t("mail.application.note", values) : t("mail.application.reason", values)] : []),
    ],
    action: { label: t("mail.application.button"), url },
    footer: t("mail.application.footer"),
  });
}
