/** @module features/mentorships/mail — a mentorship closed by the partner. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type Translate, type UiLanguage } from "../../platform/i18n";
import type { EndReason } from "../../domain/mentorship";

/** Each no-fault reason as a phrase of the sentence, in the reader's language. */
const reasonIn = (t: Translate): Record<EndReason, string> => ({
  "no-time": t("mail.closed.reason.noTime"),
  "not-a-fit": t("mail.closed.reason.notAFit"),
  "goals-changed": t("mail.closed.reason.goalsChanged"),
  "left-organisation": t("mail.closed.reason.leftOrganisation"),
  other: t("mail.closed.reason.other"),
});

/** The other person hears that a mentorship was completed or ended early. */
export function mentorshipClosedMail(
  language: UiLanguage,
  name: string,
  by: string,
  programName: string,
  how: "completed" | "ended",
  reason: EndReason | null,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, by, program: programName, reason: reason ? reasonIn(t)[reason] : "" };
  return letter(language, {
    subject: t("mail.closed.subject", values),
    heading: how === "completed" ? t("mail.closed.completedHeading") : t("mail.closed.endedHeading"),
    paragraphs: [
      t("mail.hello", values),
      how === "completed"
        ? t("mail.closed.completed", values)
        : reason
          ? t("mail.closed.endedBecause", values)
          : t("mail.closed.ended", values),
      ...(how === "ended" ? [t("mail.closed.matchAgain")] : []),
    ],
    action: { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    footer: t("mail.mentorshipFooter"),
  });
}
