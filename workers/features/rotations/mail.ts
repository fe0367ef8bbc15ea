/**
 * @module features/rotations/mail
 * Mail of a reverse-mentoring rotation: each cycle's introduction with a first agenda and an invite, and
 * the feedback question at its end.
 */
import { letter, partnerValues, type Partner, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { formatList, translator, type UiLanguage } from "../../platform/i18n";
import { agendaIn } from "./agenda-words";

/** `program.until` is already written in the reader's language; the agenda is the organisers' own words. */
export function rotationIntroMail(
  language: UiLanguage,
  name: string,
  role: "junior" | "senior",
  partners: Partner[],
  program: { id: string; name: string; cycle: number; until: string },
  agenda: string[],
  origin: string,
): RenderedMail {
  const t = translator(language);
  const calendar = `${origin}/api/programs/${program.id}/rotations/${program.cycle}/calendar.ics`;
  const values = {
    name,
    ...partnerValues(language, partners),
    program: program.name,
    cycle: program.cycle,
    until: program.until,
  };
  return letter(language, {
    subject: t("mail.rotationIntro.subject", values),
    heading: t("mail.rotationIntro.heading", values),
    paragraphs: [
      t("mail.hello", values),
      role === "junior" ? t("mail.rotationIntro.junior", values) : t("mail.rotationIntro.senior", values),
      t("mail.rotationIntro.agenda", {
        agenda: agendaIn(language, agenda)
          .map((line, i) => `${i + 1}. ${line}`)
          .join(" "),
      }),
      t("mail.rotationIntro.invite", { url: calendar }),
    ],
    action: { label: t("mail.rotationIntro.button"), url: pageUrl(origin, pagePaths.rotation(program.id)) },
    footer: t("mail.rotationIntro.footer"),
    category: "rotations",
  });
}

export function rotationFeedbackMail(
  language: UiLanguage,
  name: string,
  partners: string[],
  program: { id: string; name: string; cycle: number },
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, names: formatList(language, partners), program: program.name };
  return letter(language, {
    subject: t("mail.rotationFeedback.subject", values),
    heading: t("mail.rotationFeedback.heading", values),
    paragraphs: [t("mail.hello", values), t("mail.rotationFeedback.body", values)],
    action: { label: t("mail.answer"), url: pageUrl(origin, pagePaths.rotationFeedback(program.id, program.cycle)) },
    footer: t("mail.rotationFeedback.footer"),
    category: "surveys",
  });
}
