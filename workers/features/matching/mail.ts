/** @module features/matching/mail — the news of a new mentorship. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";
import { whyIn } from "./why";

/** The news of a new mentorship, to each of the two people, in their own language. */
export function matchedMail(
  language: UiLanguage,
  name: string,
  partner: { name: string; email: string },
  role: "mentor" | "mentee",
  programName: string,
  why: string,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, partner: partner.name, email: partner.email, program: programName };
  return letter(language, {
    subject: t("mail.matched.subject", values),
    heading: role === "mentee" ? t("mail.matched.headingMentee", values) : t("mail.matched.headingMentor", values),
    paragraphs: [
      t("mail.hello", values),
      role === "mentee" ? t("mail.matched.bodyMentee", values) : t("mail.matched.bodyMentor", values),
      ...(why ? [t("mail.whyYouTwo", { why: whyIn(language, why) })] : []),
      t("mail.matched.firstStep"),
    ],
    action: { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    footer: t("mail.partCompany"),
    category: "matching",
  });
}
