/** @module features/surveys/mail — a survey's invitation and its reminders: one click opens it, no sign-in. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/** `survey.closes` is already written in the reader's language. */
export function surveyInviteMail(
  language: UiLanguage,
  name: string,
  survey: { title: string; about: string; closes: string; anonymous: boolean },
  origin: string,
  token: string,
  reminder: number,
): RenderedMail {
  const t = translator(language);
  const about = survey.about || t("mail.survey.yourMentoring");
  const values = { name, title: survey.title, about, closes: survey.closes };
  return letter(language, {
    subject: reminder ? t("mail.survey.reminderSubject", values) : survey.title,
    heading: reminder ? t("mail.survey.reminderHeading", values) : survey.title,
    paragraphs: [
      t("mail.hello", values),
      reminder ? t("mail.survey.bodyReminder", values) : t("mail.survey.body", values),
      survey.anonymous ? t("mail.survey.anonymous") : t("mail.survey.named"),
    ],
    action: { label: t("mail.answer"), url: pageUrl(origin, pagePaths.survey(token)) },
    footer: t("mail.survey.footer"),
    category: "surveys",
  });
}
