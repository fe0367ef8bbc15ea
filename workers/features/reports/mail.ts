/** @module features/reports/mail — a program's monthly report, to each of its managers. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

export type ReportFigures = {
  programName: string;
  joined: number;
  matchRate: number | null;
  waiting: number;
  quietPairs: number;
  surveyResponseRate: number | null;
  nextEvent: { title: string; when: string } | null;
  nextStep: { text: string; action: string | null; url: string | null };
};

const count = (n: number) => n.toLocaleString("en");
const rate = (r: number | null, none: string) => (r === null ? none : `${r}%`);

export function monthlyReportMail(
  name: string,
  month: string,
  r: ReportFigures,
  origin: string,
  programId: string,
): RenderedMail {
  const subject = `${r.programName}: your monthly report, ${month}`;
  const step = r.nextStep.action && r.nextStep.url ? ` ${r.nextStep.action}: ${r.nextStep.url}` : "";
  const { html, text } = layout(
    subject,
    [
      `Hi ${name},`,
      `Here is how ${r.programName} stands this month.`,
      `Joined: ${count(r.joined)}`,
      `Matched: ${rate(r.matchRate, "no mentees yet")}`,
      `Waiting for a match: ${count(r.waiting)}`,
      `Pairs gone quiet: ${count(r.quietPairs)}`,
      `Survey response rate: ${rate(r.surveyResponseRate, "no survey open")}`,
      `Next event: ${r.nextEvent ? `${r.nextEvent.title}, ${r.nextEvent.when}` : "none planned"}`,
      `Next step: ${r.nextStep.text}.${step}`,
    ],
    { label: "See the insights", url: pageUrl(origin, pagePaths.insights(programId)) },
    "You get this once a month because you manage this program in Tandem.",
  );
  return { subject, text, html, category: "reports" };
}
