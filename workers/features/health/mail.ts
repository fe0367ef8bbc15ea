/** @module features/health/mail — a nudge to a pair gone quiet, "still going?", and an automatic end. */
import { letter, type Letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type Translate, type UiLanguage } from "../../platform/i18n";

/** Whom a mail about a quiet pair goes to, about whom, in which program, in which language. */
type PairMailTo = { name: string; partner: string; programName: string; language: UiLanguage };
type PairValues = { name: string; partner: string; program: string; days?: number };
/** What one mail about a quiet pair says of its own, worded with what its sentences may name. */
type PairWords = (
  t: Translate,
  values: PairValues,
) => Pick<Letter, "subject" | "action" | "category"> & { body: string };

/** A mail to one of a quiet pair: a greeting, its own paragraph and the pair's footer; its heading is its subject. */
function pairMail(to: PairMailTo, days: number | null, words: PairWords): RenderedMail {
  const t = translator(to.language);
  const values = { name: to.name, partner: to.partner, program: to.programName, ...(days === null ? {} : { days }) };
  const { body, ...own } = words(t, values);
  return letter(to.language, { ...own, paragraphs: [t("mail.hi", values), body], footer: t("mail.pairFooter") });
}

export const nudgeMail = (to: PairMailTo, days: number, origin: string, mentorshipId: string) =>
  pairMail(to, days, (t, values) => ({
    subject: t("mail.nudge.heading", values),
    body: t("mail.nudge.body", values),
    action: { label: t("mail.nudge.button"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    category: "reminders",
  }));

export const stillGoingMail = (to: PairMailTo, origin: string, token: string) =>
  pairMail(to, null, (t, values) => ({
    subject: t("mail.stillGoing.heading", values),
    body: t("mail.stillGoing.body", values),
    action: { label: t("mail.answer"), url: pageUrl(origin, pagePaths.stillGoing(token)) },
  }));

export const autoEndedMail = (to: PairMailTo, days: number, origin: string, mentorshipId: string) =>
  pairMail(to, days, (t, values) => ({
    subject: t("mail.autoEnded.heading", values),
    body: t("mail.autoEnded.body", values),
    action: { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
  }));
