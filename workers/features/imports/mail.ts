/** @module features/imports/mail — the welcome an import sends. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/** The welcome sent to someone an admin enrolled by import. */
export function welcomeMail(language: UiLanguage, name: string, programName: string, origin: string): RenderedMail {
  const t = translator(language);
  const values = { name, program: programName };
  return letter(language, {
    subject: t("mail.welcome.heading", values),
    paragraphs: [t("mail.hello", values), t("mail.welcome.body", values)],
    action: { label: t("mail.welcome.button"), url: pageUrl(origin, pagePaths.profile()) },
    footer: t("mail.welcome.footer"),
  });
}
