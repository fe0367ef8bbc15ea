/**
 * A pair's reasons in the viewer's language. The API words them in English for their reader
 * (domain/matching/reasons: "Both care about SQL", "Only 1 working hour overlaps"); each is read back
 * here, by its shape, into the catalogs' words. A reason of a shape not listed shows as the API wrote it.
 */
import { t } from "./i18n";

type Rule = { match: RegExp; say: (m: string[]) => string };

const RULES: Rule[] = [
  { match: /^You both care about (.+)$/, say: ([, what]) => t("reason.youBothCare", { what: what! }) },
  { match: /^Both care about (.+)$/, say: ([, what]) => t("reason.bothCare", { what: what! }) },
  {
    match: /^The mentor's experience speaks to the mentee's goal \((.+)\)$/,
    say: ([, words]) => t("reason.mentorsExperience", { words: words! }),
  },
  {
    match: /^Your experience speaks to their goal \((.+)\)$/,
    say: ([, words]) => t("reason.yourExperience", { words: words! }),
  },
  {
    match: /^Their experience speaks to your goal \((.+)\)$/,
    say: ([, words]) => t("reason.theirExperience", { words: words! }),
  },
  { match: /^(\d+) years of experience between you$/, say: ([, n]) => t("reason.yearsYou", { years: Number(n) }) },
  { match: /^(\d+) years of experience between them$/, say: ([, n]) => t("reason.yearsThem", { years: Number(n) }) },
  { match: /^Both in (.+), for meeting in person$/, say: ([, place]) => t("reason.samePlace", { place: place! }) },
  { match: /^Both in (.+)$/, say: ([, department]) => t("reason.sameDepartment", { department: department! }) },
  {
    match: /^Different departments \((.+) and (.+)\)$/,
    say: ([, a, b]) => t("reason.differentDepartments", { a: a!, b: b! }),
  },
  { match: /^Same working hours$/, say: () => t("reason.sameHours") },
  { match: /^(\d+) working hours? overlaps?$/, say: ([, n]) => t("reason.hoursOverlap", { hours: Number(n) }) },
  { match: /^No shared working hours$/, say: () => t("reason.noSharedHours") },
  { match: /^Only (\d+) working hours? overlaps?$/, say: ([, n]) => t("reason.onlyHours", { hours: Number(n) }) },
];

/** One reason, or one weak point, in the viewer's words. */
export function reasonText(reason: string) {
  for (const rule of RULES) {
    const m = reason.match(rule.match);
    if (m) return rule.say(m);
  }
  return reason;
}

/** The reasons as one sentence: "Both care about SQL; 5 working hours overlap." */
export const reasonsSentence = (reasons: string[]) => (reasons.length ? `${reasons.map(reasonText).join("; ")}.` : "");
