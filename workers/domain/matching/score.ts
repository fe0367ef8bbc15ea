/**
 * @module domain/matching/score
 * How well a mentor fits a mentee, from 0 to 100, with a breakdown by criterion and the reasons in
 * plain words. The admin weighs the criteria; everything is deterministic (no external service).
 */
import { skillKey, type PublicProfile, type Skill } from "../profile";
import { sharedWorkingHours } from "./hours";

export type MatchPerson = PublicProfile & {
  id: string;
  email: string;
  skillsOffered: Skill[];
  skillsSought: Skill[];
  goals: string;
  format: "remote" | "in-person" | "either" | null;
};

export const CRITERIA = ["skills", "goals", "department", "seniority", "hours", "format"] as const;
export type Criterion = (typeof CRITERIA)[number];

export type MatchSettings = {
  /** Relative weights, 0 (ignore) to 10. */
  weights: Record<Criterion, number>;
  department: "same" | "different" | "ignore";
  /** Years the mentor should have over the mentee (the other way round in reverse programs). */
  seniority: { minGap: number; maxGap: number | null; reversed: boolean };
  requireSharedLanguage: boolean;
};

export const DEFAULT_SETTINGS: MatchSettings = {
  weights: { skills: 5, goals: 2, department: 1, seniority: 2, hours: 2, format: 1 },
  department: "different",
  seniority: { minGap: 2, maxGap: null, reversed: false },
  requireSharedLanguage: true,
};

export type PairScore = { score: number; breakdown: Record<Criterion, number>; reasons: string[] };

const STOP = new Set(
  "a an and are as at be by for from get how i in into is it my of on or the to with want learn better more".split(" "),
);
export const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** What scoring needs of a person, computed once per person rather than once per pair. */
type Prepared = { offered: Map<string, number>; goalWords: Set<string>; expertiseWords: Set<string> };
const prepared = new WeakMap<MatchPerson, Prepared>();
function prepare(p: MatchPerson, remember: boolean): Prepared {
  let x = prepared.get(p);
  if (!x) {
    x = {
      offered: new Map(p.skillsOffered.map((k) => [skillKey(k.name), k.level])),
      goalWords: words(p.goals),
      expertiseWords: words([p.goals, ...p.skillsOffered.map((k) => k.name), p.title].join(" ")),
    };
    if (remember) prepared.set(p, x);
  }
  return x;
}

/** Shared working hours per pair of zones and day: time-zone lookups are the slowest part of scoring. */
const hoursCache = new Map<string, number>();
export function hoursBetween(a: string, b: string, at: Date) {
  const key = `${a}|${b}|${Math.floor(at.getTime() / 86_400_000)}`;
  let h = hoursCache.get(key);
  if (h === undefined) {
    if (hoursCache.size > 10_000) hoursCache.clear();
    h = sharedWorkingHours(a, b, at);
    hoursCache.set(key, h);
  }
  return h;
}

/** Each criterion's fit from 0 to 1, and (when asked) what to say about it. */
function fits(mentor: MatchPerson, mentee: MatchPerson, s: MatchSettings, at: Date, say: boolean, remember: boolean) {
  const fit: Record<Criterion, number> = { skills: 0, goals: 0, department: 0, seniority: 0.5, hours: 0, format: 0.5 };
  const reasons: string[] = [];
  const { offered, expertiseWords } = prepare(mentor, remember);
  const { goalWords } = prepare(mentee, remember);

  let covered = 0;
  if (mentee.skillsSought.length) {
    let total = 0;
    for (const k of mentee.skillsSought) {
      const level = offered.get(skillKey(k.name)) ?? 0;
      if (level > 0) covered++;
      total += level === 0 ? 0 : level >= k.level ? 1 : 0.5;
    }
    fit.skills = total / mentee.skillsSought.length;
  }
  if (say && covered) {
    // In the mentee's own spelling: the reasons are read by people, who wrote "SQL", not "sql".
    const names = mentee.skillsSought.filter((k) => (offered.get(skillKey(k.name)) ?? 0) > 0).map((k) => k.name);
    reasons.push(`You both care about ${list(names)}`);
  }

  if (goalWords.size) {
    let shared = 0;
    for (const w of goalWords) if (expertiseWords.has(w)) shared++;
    fit.goals = shared / goalWords.size;
    if (say && shared && !covered) {
      const sharedWords = [...goalWords].filter((w) => expertiseWords.has(w));
      reasons.push(`Their experience speaks to your goal (${list(sharedWords.slice(0, 3))})`);
    }
  }

  const sameDept = !!mentor.department && mentor.department === mentee.department;
  if (s.department === "same") {
    fit.department = sameDept ? 1 : 0;
    if (say && sameDept) reasons.push(`Both in ${mentor.department}`);
  } else if (s.department === "different") {
    fit.department = sameDept ? 0 : 1;
    if (say && !sameDept && mentor.department && mentee.department) {
      reasons.push(`Different departments (${mentor.department} and ${mentee.department})`);
    }
  }

  if (mentor.yearsExperience !== null && mentee.yearsExperience !== null) {
    const gap = s.seniority.reversed
      ? mentee.yearsExperience - mentor.yearsExperience
      : mentor.yearsExperience - mentee.yearsExperience;
    const { minGap, maxGap } = s.seniority;
    const short = Math.max(0, minGap - gap);
    const over = maxGap === null ? 0 : Math.max(0, gap - maxGap);
    fit.seniority = Math.max(0, 1 - (short + over) / 5);
    if (say && gap > 0 && fit.seniority > 0.5) reasons.push(`${gap} years of experience between you`);
  }

  const hours = hoursBetween(mentor.timezone, mentee.timezone, at);
  fit.hours = hours / 8;
  if (say) {
    reasons.push(
      hours === 8
        ? "Same working hours"
        : hours === 0
          ? "No working hours in common"
          : `${hours} working hours overlap`,
    );
  }

  if (mentor.format && mentee.format) {
    const inPerson = mentor.format === "in-person" || mentee.format === "in-person";
    const sameCity = !!mentor.location && mentor.location === mentee.location;
    fit.format = !inPerson ? 1 : sameCity ? 1 : 0;
    if (say && inPerson && sameCity) reasons.push(`Both in ${mentor.location}, for meeting in person`);
  }
  return { fit, reasons };
}

export const effectiveWeights = (s: MatchSettings) => ({
  ...s.weights,
  department: s.department === "ignore" ? 0 : s.weights.department,
});

/**
 * The pair's score, breakdown (points per criterion, summing to the score) and reasons. `remember: false`
 * keeps nothing about the two people: explaining each of 35,000 pairs once would otherwise hold a word
 * list for every one of 50,000 people for as long as they live.
 */
export function scorePair(
  mentor: MatchPerson,
  mentee: MatchPerson,
  s: MatchSettings,
  at = new Date(),
  remember = true,
): PairScore {
  const weights = effectiveWeights(s);
  const totalWeight = CRITERIA.reduce((sum, c) => sum + weights[c], 0) || 1;
  const { fit, reasons } = fits(mentor, mentee, s, at, true, remember);
  const breakdown = Object.fromEntries(CRITERIA.map((c) => [c, (100 * weights[c] * fit[c]) / totalWeight])) as Record<
    Criterion,
    number
  >;
  const score = Math.round(CRITERIA.reduce((sum, c) => sum + breakdown[c], 0));
  for (const c of CRITERIA) breakdown[c] = Math.round(breakdown[c] * 10) / 10;
  return { score, breakdown, reasons };
}

/** The reasons as one sentence, e.g. "You both care about data analysis; 3 working hours overlap." */
export const explain = (reasons: string[]) => (reasons.length ? `${reasons.join("; ")}.` : "");
