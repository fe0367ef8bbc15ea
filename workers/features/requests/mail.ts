/** @module features/requests/mail — mentee's-choice requests: asked, accepted, run out, and a mentor paused after lapses. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";
import { whyIn } from "../matching";

/** The program a mail is about: its name for the words, its id for the button's page. */
type ProgramRef = { id: string; name: string };
/** A person the reader may write to: the mail gives their name and address. */
type Contact = { name: string; email: string };

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
  return letter(language, {
    subject: t("mail.request.subject", values),
    heading: t("mail.request.heading", values),
    paragraphs: [
      t("mail.hello", values),
      about ? t("mail.request.bodyAbout", { ...values, about }) : t("mail.request.body", values),
      ...(message ? [t("mail.request.message", { message })] : []),
      ...(why ? [t("mail.whyYouTwo", { why: whyIn(language, why) })] : []),
      t("mail.request.deadline", values),
    ],
    action: { label: t("mail.request.button"), url: pageUrl(origin, pagePaths.request(requestId)) },
    footer: t("mail.request.footer"),
    category: "matching",
  });
}

/** The mentee hears that a mentor accepted. */
export function requestAcceptedMail(
  language: UiLanguage,
  menteeName: string,
  mentor: Contact,
  programName: string,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const t = translator(language);
  const values = { name: menteeName, mentor: mentor.name, email: mentor.email, program: programName };
  return letter(language, {
    subject: t("mail.accepted.subject", values),
    heading: t("mail.accepted.heading", values),
    paragraphs: [t("mail.hello", values), t("mail.accepted.body", values), t("mail.accepted.firstStep")],
    action: { label: t("mail.openMentorship"), url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    footer: t("mail.partCompany"),
    category: "matching",
  });
}

/** The mentee hears that none of their choices could take them. */
export function choicesExhaustedMail(
  language: UiLanguage,
  menteeName: string,
  program: ProgramRef,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name: menteeName, program: program.name };
  return letter(language, {
    subject: t("mail.exhausted.subject", values),
    heading: t("mail.exhausted.heading"),
    paragraphs: [t("mail.hello", values), t("mail.exhausted.body", values), t("mail.exhausted.help")],
    action: { label: t("mail.exhausted.button"), url: pageUrl(origin, pagePaths.chooseMentor(program.id)) },
    footer: t("mail.exhausted.footer"),
    category: "matching",
  });
}

/** The program's organisers hear that a mentee's choices ran out. */
export function choicesExhaustedAdminMail(
  language: UiLanguage,
  mentee: Contact,
  program: ProgramRef,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { mentee: mentee.name, email: mentee.email, program: program.name };
  return letter(language, {
    subject: t("mail.exhaustedAdmin.subject", values),
    heading: t("mail.exhaustedAdmin.heading", values),
    paragraphs: [t("mail.exhaustedAdmin.body", values), t("mail.exhaustedAdmin.next")],
    action: { label: t("mail.exhaustedAdmin.button"), url: pageUrl(origin, pagePaths.matching(program.id)) },
    footer: t("mail.organiserFooter"),
  });
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
  return letter(language, {
    subject: t("mail.paused.subject", values),
    heading: t("mail.paused.heading"),
    paragraphs: [t("mail.hello", values), t("mail.paused.body", values), t("mail.paused.resume")],
    action: { label: t("mail.paused.button"), url: pageUrl(origin, pagePaths.availability()) },
    footer: t("mail.paused.footer"),
  });
}
