/** @module features/requests/mail — mentee's-choice requests: asked, accepted, run out, and a mentor paused after lapses. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";
import { whyIn } from "../matching";

/** A mentee's request, to the mentor it is now with; `deadline` is already written in the mentor's language. */
export function requestMail(
  language: UiLanguage,
  mentorName: string,
  mentee: { name: string; title: string; department: string },
  programName: string,
  message: string,
  why: string,
  deadline: string,
  origin: string,
  requestId: string,
): RenderedMail {
  const t = translator(language);
  const about = [mentee.title, mentee.title ? mentee.department : ""].filter(Boolean).join(", ");
  const values = { name: mentorName, mentee: mentee.name, program: programName, deadline };
  return {
    subject: t("mail.request.subject", values),
    ...layout(
      language,
      t("mail.request.heading", values),
      [
        t("mail.hello", values),
        about ? t("mail.request.bodyAbout", { ...values, about }) : t("mail.request.body", values),
        ...(message ? [t("mail.request.message", { message })] : []),
        ...(why ? [t("mail.whyYouTwo", { why: whyIn(language, why) })] : []),
        t("mail.request.deadline", values),
      ],
      { label: t("mail.request.button"), url: pageUrl(origin, pagePaths.request(requestId)) },
      t("mail.request.footer"),
    ),
    category: "matching",
  };
}

/** The mentee hears that a mentor accepted. */
export function requestAcceptedMail(
  language: UiLanguage,
  menteeName: string,
  mentor: { name: string; email: string },
  programName: string,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const t = translator(language);
  const values = { name: menteeName, mentor: mentor.name, email: mentor.email, program: programName };
  return {
    subject: t("mail.accepted.subject", values),
    ...layout(
      language,
      t("mail.accepted.heading", values),
      [t("mail.hello", values), t("mail.accepted.body", values), t("mail.accepted.firstStep")],
      { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
      t("mail.partCompany"),
    ),
    category: "matching",
  };
}

/** The mentee hears that none of their choices could take them. */
export function choicesExhaustedMail(
  language: UiLanguage,
  menteeName: string,
  programName: string,
  origin: string,
  programId: string,
): RenderedMail {
  const t = translator(language);
  const values = { name: menteeName, program: programName };
  return {
    subject: t("mail.exhausted.subject", values),
    ...layout(
      language,
      t("mail.exhausted.heading"),
      [t("mail.hello", values), t("mail.exhausted.body", values), t("mail.exhausted.help")],
      { label: t("mail.exhausted.button"), url: pageUrl(origin, pagePaths.chooseMentor(programId)) },
      t("mail.exhausted.footer"),
    ),
    category: "matching",
  };
}

/** The program's organisers hear that a mentee's choices ran out. */
export function choicesExhaustedAdminMail(
  language: UiLanguage,
  mentee: { name: string; email: string },
  programName: string,
  origin: string,
  programId: string,
): RenderedMail {
  const t = translator(language);
  const values = { mentee: mentee.name, email: mentee.email, program: programName };
  return {
    subject: t("mail.exhaustedAdmin.subject", values),
    ...layout(
      language,
      t("mail.exhaustedAdmin.heading", values),
      [t("mail.exhaustedAdmin.body", values), t("mail.exhaustedAdmin.next")],
      { label: t("mail.exhaustedAdmin.button"), url: pageUrl(origin, pagePaths.matching(programId)) },
      t("mail.organiserFooter"),
    ),
  };
}

/** A mentor paused after letting two requests lapse, told how to resume. */
export function pausedForLapsesMail(
  language: UiLanguage,
  mentorName: string,
  programName: string,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name: mentorName, program: programName };
  return {
    subject: t("mail.paused.subject", values),
    ...layout(
      language,
      t("mail.paused.heading"),
      [t("mail.hello", values), t("mail.paused.body", values), t("mail.paused.resume")],
      { label: t("mail.paused.button"), url: pageUrl(origin, pagePaths.availability()) },
      t("mail.paused.footer"),
    ),
  };
}
