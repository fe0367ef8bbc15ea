/** @module features/recognition/mail — a manager hears that someone on their team was thanked. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/**
 * To the recipient's manager, when the sender chose to tell them. The button opens the manager's own
 * profile, where their badges and thanks are, since nobody but the recipient sees the recipient's.
 */
export function kudosManagerMail(
  language: UiLanguage,
  person: string,
  from: string,
  note: string,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { person, from, note };
  return letter(language, {
    subject: t("mail.kudos.subject", values),
    heading: t("mail.kudos.heading", values),
    paragraphs: [t("mail.kudos.body", values), t("mail.kudos.note", values)],
    action: { label: t("mail.kudos.button"), url: pageUrl(origin, pagePaths.profile()) },
    footer: t("mail.kudos.footer", values),
    category: "recognition",
  });
}
