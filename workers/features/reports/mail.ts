/** @module features/reports/mail — a program's monthly report, to each of its managers, in their language. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import type { NextStep } from "../../domain/insights/overview";
import { formatNumber, translator, type Translate, type UiLanguage } from "../../platform/i18n";

export type ReportFigures = {
  programName: string;
  joined: number;
  matchRate: number | null;
  waiting: number;
  quietPairs: number;
  surveyResponseRate: number | null;
  /** `when` is already written in the reader's language and time zone. */
  nextEvent: { title: string; when: string } | null;
  /**
   * The step by its kind, worded here in the reader's language: `count` is what the kind counts
   * (people waiting, quiet pairs, requests); `survey.closes` a weekday when it closes within a week.
   */
  nextStep: {
    kind: NextStep["kind"];
    count: number;
    survey: { title: string; closes: string | null; rate: number } | null;
    url: string | null;
  };
};

/** The next step's sentence and its action's label (null when there is nothing to do). */
function stepWords(t: Translate, step: ReportFigures["nextStep"]): { text: string; action: string | null } {
  const count = step.count;
  switch (step.kind) {
    case "match":
      return { text: t("mail.report.step.match", { count }), action: t("mail.report.step.matchAction") };
    case "quiet-pairs":
      return { text: t("mail.report.step.quiet", { count }), action: t("mail.report.step.quietAction") };
    case "requests":
      return { text: t("mail.report.step.requests", { count }), action: t("mail.report.step.requestsAction") };
    case "survey": {
      const s = step.survey ?? { title: "", closes: null, rate: 0 };
      const values = { title: s.title, rate: Math.round(s.rate), day: s.closes ?? "" };
      return {
        text: s.closes ? t("mail.report.step.surveyCloses", values) : t("mail.report.step.survey", values),
        action: t("mail.report.step.surveyAction"),
      };
    }
    case "share":
      return { text: t("mail.report.step.share"), action: t("mail.report.step.shareAction") };
    default:
      return { text: t("mail.report.step.none"), action: null };
  }
}

export function monthlyReportMail(
  language: UiLanguage,
  name: string,
  month: string,
  r: ReportFigures,
  origin: string,
  programId: string,
): RenderedMail {
  const t = translator(language);
  const count = (n: number) => formatNumber(language, n);
  const rate = (n: number | null) =>
    formatNumber(language, (n ?? 0) / 100, { style: "percent", maximumFractionDigits: 1 });
  const values = { name, program: r.programName, month };
  const step = stepWords(t, r.nextStep);
  return letter(language, {
    subject: t("mail.report.subject", values),
    paragraphs: [
      t("mail.hi", values),
      t("mail.report.intro", values),
      t("mail.report.joined", { count: count(r.joined) }),
      r.matchRate === null ? t("mail.report.matchedNone") : t("mail.report.matched", { rate: rate(r.matchRate) }),
      t("mail.report.waiting", { count: count(r.waiting) }),
      t("mail.report.quiet", { count: count(r.quietPairs) }),
      r.surveyResponseRate === null
        ? t("mail.report.surveyNone")
        : t("mail.report.survey", { rate: rate(r.surveyResponseRate) }),
      r.nextEvent
        ? t("mail.report.nextEvent", { title: r.nextEvent.title, when: r.nextEvent.when })
        : t("mail.report.nextEventNone"),
      step.action && r.nextStep.url
        ? t("mail.report.nextStepAction", { step: step.text, action: step.action, url: r.nextStep.url })
        : t("mail.report.nextStep", { step: step.text }),
    ],
    action: { label: t("mail.report.button"), url: pageUrl(origin, pagePaths.insights(programId)) },
    footer: t("mail.report.footer"),
    category: "reports",
  });
}
