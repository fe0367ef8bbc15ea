/**
 * @module domain/insights/overview
 * The organiser's home: a few numbers per program and the one next step that matters most now, in
 * the order an organiser would act on them (people waiting for a match first, then pairs gone quiet,
 * mentors who owe an answer, a survey few have answered, and a program nobody has joined yet).
 */
import { percent } from "./measures";

export type ProgramSummary = {
  id: string;
  name: string;
  kind: string;
  matchMode: string;
  joined: number;
  pending: number;
  mentees: number;
  matchedMentees: number;
  waiting: number;
  requestsWaiting: number;
  quiet: number;
  stalled: number;
  survey: { title: string; invited: number; responded: number; closesAt: number } | null;
  nextEvent: { id: string; title: string; startsAt: number } | null;
};

export type NextStep = {
  kind: "match" | "quiet-pairs" | "requests" | "survey" | "share" | "none";
  text: string;
  action: string | null;
  /** Where the action is done, in the app. */
  path: string | null;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
const dayName = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" });

/** A survey with fewer than this share answered is worth a nudge. */
const LOW_RESPONSE = 50;

export function nextStep(p: ProgramSummary, now: number): NextStep {
  const admin = `/admin/programs/${p.id}`;
  if (p.waiting > 0 && p.matchMode !== "choice") {
    return {
      kind: "match",
      text: `${plural(p.waiting, "person waits", "people wait")} for a match`,
      action: "Run matching",
      path: `${admin}/matching`,
    };
  }
  const quiet = p.quiet + p.stalled;
  if (quiet > 0) {
    return {
      kind: "quiet-pairs",
      text: `${plural(quiet, "pair has", "pairs have")} not met for 3 weeks or more`,
      action: "See them",
      path: `${admin}/insights#health`,
    };
  }
  if (p.requestsWaiting > 0) {
    return {
      kind: "requests",
      text: `${plural(p.requestsWaiting, "request waits", "requests wait")} for a mentor's answer`,
      action: "See requests",
      path: `${admin}/matching`,
    };
  }
  const rate = p.survey ? percent(p.survey.responded, p.survey.invited) : null;
  if (p.survey && rate !== null && rate < LOW_RESPONSE) {
    const closes = p.survey.closesAt - now < 7 * 86_400_000 ? ` closes ${dayName(p.survey.closesAt)},` : ",";
    return {
      kind: "survey",
      text: `${p.survey.title}${closes} ${Math.round(rate)}% answered`,
      action: "See the survey",
      path: `${admin}/surveys`,
    };
  }
  if (p.joined === 0 && p.pending === 0) {
    return { kind: "share", text: "Nobody has joined yet", action: "Share the join link", path: admin };
  }
  return { kind: "none", text: "All on track", action: null, path: null };
}

export const overviewOf = (p: ProgramSummary, now: number) => ({
  ...p,
  matchRate: percent(p.matchedMentees, p.mentees),
  surveyResponseRate: p.survey ? percent(p.survey.responded, p.survey.invited) : null,
  nextStep: nextStep(p, now),
});
