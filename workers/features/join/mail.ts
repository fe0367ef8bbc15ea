/** @module features/join/mail — the sign-up confirmation. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/**
 * The confirmation of a sign-up through a program's shared link. Anyone can ask for it for any address,
 * so it holds nothing the requester typed: only the program's name (set by its organisers) and the link.
 */
export function confirmMail(language: UiLanguage, programName: string, origin: string, token: string): RenderedMail {
  const t = translator(language);
  const values = { program: programName };
  return letter(language, {
    subject: t("mail.confirm.subject", values),
    heading: t("mail.confirm.heading", values),
    paragraphs: [t("mail.confirm.body", values), t("mail.confirm.once")],
    action: { label: t("mail.confirm.button"), url: pageUrl(origin, pagePaths.verify(token)) },
    footer: t("mail.notYou"),
  });
}
