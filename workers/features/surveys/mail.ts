/** @module features/surveys/mail — a survey's invitation and its reminders: one click opens it, no sign-in. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

export function surveyInviteMail(
  name: string,
  survey: { title: string; about: string; closes: string; anonymous: boolean },
  origin: string,
  token: string,
  reminder: number,
): RenderedMail {
  const { html, text } = layout(
    reminder ? `A reminder: ${survey.title}` : survey.title,
    [
      `Hello ${name},`,
      `${reminder ? "You have not answered yet: " : ""}a few short questions about ${survey.about}. It takes two minutes, and you can change your answers until ${survey.closes}.`,
      survey.anonymous
        ? "Your answers are anonymous: the organisers see them only together with everyone else's."
        : "The organisers see your answers with your name, to help where help is needed.",
    ],
    { label: "Answer", url: pageUrl(origin, pagePaths.survey(token)) },
    "This link is yours alone: it opens the survey without signing in.",
  );
  return { subject: reminder ? `Reminder: ${survey.title}` : survey.title, text, html, category: "surveys" };
}
