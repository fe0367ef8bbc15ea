/** @module features/health/mail — a nudge to a pair gone quiet, "still going?", and an automatic end. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/** Whom a mail about a quiet pair goes to, about whom, in which program, in which language. */
type PairMailTo = { name: string; partner: string; programName: string; language: UiLanguage };

export function nudgeMail(to: PairMailTo, days: number, origin: string, mentorshipId: string): RenderedMail {
  const t = translator(to.language);
  const values = { name: to.name, partner: to.partner, program: to.programName, days };
  return {
    subject: t("mail.nudge.heading", values),
    ...layout(
      to.language,
      t("mail.nudge.heading", values),
      [t("mail.hi", values), t("mail.nudge.body", values)],
      { label: t("mail.nudge.button"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
      t("mail.pairFooter"),
    ),
    category: "reminders",
  };
}

export function stillGoingMail(
  language: UiLanguage,
  name: string,
  partner: string,
  programName: string,
  origin: string,
  token: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, partner, program: programName };
  return {
    subject: t("mail.stillGoing.heading", values),
    ...layout(
      language,
      t("mail.stillGoing.heading", values),
      [t("mail.hi", values), t("mail.stillGoing.body", values)],
      { label: t("mail.answer"), url: pageUrl(origin, pagePaths.stillGoing(token)) },
      t("mail.pairFooter"),
    ),
  };
}

export function autoEndedMail(to: PairMailTo, days: number, origin: string, mentorshipId: string): RenderedMail {
  const t = translator(to.language);
  const values = { name: to.name, partner: to.partner, program: to.programName, days };
  return {
    subject: t("mail.autoEnded.heading", values),
    ...layout(
      to.language,
      t("mail.autoEnded.heading", values),
      [t("mail.hi", values), t("mail.autoEnded.body", values)],
      { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
      t("mail.pairFooter"),
    ),
  };
}
