/** @module features/auth/mail — the sign-in link. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/**
 * The sign-in link. It greets nobody by name: a person created by an unconfirmed sign-up carries a
 * name a stranger typed, and a mail to an unconfirmed address must not carry a stranger's words.
 */
export function signInMail(language: UiLanguage, origin: string, token: string): RenderedMail {
  const t = translator(language);
  return letter(language, {
    subject: t("mail.signIn.subject"),
    heading: t("mail.signIn.heading"),
    paragraphs: [t("mail.helloAnyone"), t("mail.signIn.body")],
    action: { label: t("mail.signIn.button"), url: pageUrl(origin, pagePaths.verify(token)) },
    footer: t("mail.signIn.footer"),
  });
}
