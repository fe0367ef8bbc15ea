/**
 * @module features/reports/jobs
 * The monthly report: from 08:00 UTC on the 1st, each program's managers get one mail per program with
 * its headline numbers and next step. A report is keyed by program, month and manager in the outbox,
 * so doubled or late ticks and a tick that dies midway send each exactly once; a month whose ticks were
 * all missed is not sent late (the next month's report says more), only the current month's is.
 */
import type { DB } from "../../platform/db";
import { enqueueMail, insertMails, type MailMessage } from "../mail";
import { programSummaries } from "../insights";
import { overviewOf } from "../../domain/insights/overview";
import { monthlyReportMail } from "./mail";
import { reportPosts } from "../chat";
import { formatInstant, languageOf, type UiLanguage } from "../../platform/i18n";
import { dueReports, reportKey, type DueReport } from "./repo";

/** Mails a tick writes: one outbox statement and one queue batch (sendBatch takes at most 100). */
export const REPORTS_PER_TICK = 100;
const SEND_HOUR_UTC = 8;

/** The month ("2026-12") whose reports are due at `now`, or null before 08:00 UTC on its 1st. */
export function reportMonth(now: number): string | null {
  const d = new Date(now);
  if (d.getUTCDate() === 1 && d.getUTCHours() < SEND_HOUR_UTC) return null;
  return d.toISOString().slice(0, 7);
}

const monthName = (language: UiLanguage, now: number) =>
  formatInstant(language, now, { month: "long", year: "numeric" });

/** The next step as the mail words it, from the overview's kind and counts. */
function stepOf(o: ReturnType<typeof overviewOf>, d: DueReport, origin: string, now: number) {
  const counts = { match: o.waiting, "quiet-pairs": o.quiet + o.stalled, requests: o.requestsWaiting };
  const survey = o.nextStep.kind === "survey" && o.survey;
  const closesSoon = survey && survey.closesAt - now < 7 * 86_400_000;
  return {
    kind: o.nextStep.kind,
    count: counts[o.nextStep.kind as keyof typeof counts] ?? 0,
    survey: survey
      ? {
          title: survey.title,
          rate: o.surveyResponseRate ?? 0,
          closes: closesSoon
            ? formatInstant(languageOf(d.ui_language), survey.closesAt, { weekday: "long" }, d.timezone)
            : null,
        }
      : null,
    url: o.nextStep.path ? `${origin}${o.nextStep.path}` : null,
  };
}

export async function sendMonthlyReports(db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const month = reportMonth(now);
  if (!month) return 0;
  const due = await dueReports(db, month, REPORTS_PER_TICK);
  if (!due.length) return 0;
  const programs = new Map<string, DueReport>(due.map((d) => [d.program_id, d]));
  const summaries = await programSummaries(
    db,
    [...programs.values()].map((d) => ({
      id: d.program_id,
      name: d.program_name,
      kind: d.kind,
      match_mode: d.match_mode,
    })),
    now,
  );
  const overviews = new Map(summaries.map((s) => [s.id, overviewOf(s, now)]));
  const mails = due.map((d) => {
    const o = overviews.get(d.program_id)!;
    const language = languageOf(d.ui_language);
    const figures = {
      programName: d.program_name,
      joined: o.joined,
      matchRate: o.matchRate,
      waiting: o.waiting,
      quietPairs: o.quiet + o.stalled,
      surveyResponseRate: o.surveyResponseRate,
      nextEvent: o.nextEvent
        ? {
            title: o.nextEvent.title,
            when: formatInstant(language, o.nextEvent.startsAt, { dateStyle: "full", timeStyle: "short" }, d.timezone),
          }
        : null,
      nextStep: stepOf(o, d, origin, now),
    };
    return {
      key: reportKey(d.program_id, month, d.person_id),
      to: d.email,
      mail: monthlyReportMail(language, d.name, monthName(language, now), figures, origin, d.program_id),
    };
  });
  const posts = await reportPosts(
    db,
    month,
    monthName("en", now),
    [...programs.values()].map((d) => ({
      programId: d.program_id,
      programName: d.program_name,
      joined: overviews.get(d.program_id)!.joined,
      matchRate: overviews.get(d.program_id)!.matchRate,
    })),
    origin,
  );
  await enqueueMail(queue, await insertMails(db, [...mails, ...posts]));
  return mails.length;
}
