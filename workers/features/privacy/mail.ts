/**
 * @module features/privacy/mail
 * A partner hears that the other person of their mentorship left Tandem: no name and no reason, since
 * the person who left asked for everything of theirs to go, the outbox's copy of this mail included.
 */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

export function partnerLeftMail(
  language: UiLanguage,
  name: string,
  left: "mentor" | "mentee",
  programName: string,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, left, program: programName };
  return letter(language, {
    subject: t("mail.partnerLeft.subject", values),
    heading: t("mail.partnerLeft.heading", values),
    paragraphs: [
      t("mail.hello", values),
      t("mail.partnerLeft.body", values),
      ...(left === "mentor" ? [t("mail.partnerLeft.newMentor")] : []),
    ],
    action: { label: t("mail.partnerLeft.button"), url: pageUrl(origin, pagePaths.profile()) },
    footer: t("mail.mentorshipFooter"),
  });
}
