/**
 * @module features/matching/why
 * A pair's reasons in the reader's language. Scoring words its reasons in English once and stores them
 * with the pair (domain/matching/score, read for each reader by domain/matching/reasons, which knows no
 * language); a mail reads that sentence back, reason by reason, into its own words here. A reason it
 * does not recognise stays as written.
 */
import { translator, type Translate, type UiLanguage } from "../../platform/i18n";

type Rule = { match: RegExp; say: (t: Translate, m: string[]) => string };

const RULES: Rule[] = [
  { match: /^You both care about (.+)$/, say: (t, [, what]) => t("reason.bothCare", { what: what! }) },
  {
    match: /^Their experience speaks to your goal \((.+)\)$/,
    say: (t, [, words]) => t("reason.theirExperience", { words: words! }),
  },
  {
    match: /^Your experience speaks to their goal \((.+)\)$/,
    say: (t, [, words]) => t("reason.yourExperience", { words: words! }),
  },
  { match: /^(\d+) years of experience between you$/, say: (t, [, years]) => t("reason.years", { years: years! }) },
  { match: /^Both in (.+), for meeting in person$/, say: (t, [, place]) => t("reason.samePlace", { place: place! }) },
  { match: /^Both in (.+)$/, say: (t, [, department]) => t("reason.sameDepartment", { department: department! }) },
  {
    match: /^Different departments \((.+) and (.+)\)$/,
    say: (t, [, a, b]) => t("reason.differentDepartments", { a: a!, b: b! }),
  },
  { match: /^Same working hours$/, say: (t) => t("reason.sameHours") },
  { match: /^(\d+) working hours overlap$/, say: (t, [, hours]) => t("reason.hoursOverlap", { hours: hours! }) },
];

/** `why` as domain/matching/reasons' explainFor writes it ("A; B."), in `language`. */
export function whyIn(language: UiLanguage, why: string): string {
  if (language === "en" || !why) return why;
  const t = translator(language);
  const reasons = why.replace(/\.$/, "").split("; ");
  const said = reasons.map((reason) => {
    const rule = RULES.find((r) => r.match.test(reason));
    return rule ? rule.say(t, reason.match(rule.match)!) : reason;
  });
  return `${said.join("; ")}.`;
}
