/** @module features/library/mail — an author of captured knowledge is asked to review the draft another drafted. */
import { pagePaths, pageUrl } from "../../domain/links";
import { letter, type RenderedMail } from "../mail";
import { translator, type UiLanguage } from "../../platform/i18n";
import type { Entry } from "./repo/entries";

export function knowledgeReviewMail(
  language: UiLanguage,
  name: string,
  drafter: string,
  draft: Pick<Entry, "id" | "title">,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, drafter, title: draft.title };
  return letter(language, {
    subject: t("mail.knowledgeReview.subject", values),
    paragraphs: [t("mail.hello", values), t("mail.knowledgeReview.body", values), t("mail.knowledgeReview.approve")],
    action: { label: t("mail.knowledgeReview.button"), url: pageUrl(origin, pagePaths.libraryEntry(draft.id)) },
    footer: t("mail.knowledgeReview.footer"),
  });
}
