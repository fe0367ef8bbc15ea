/** How the pages word counts, ranks and reasons (dates: lib/dates.ts). */
import { t } from "./i18n";

/** 1 → "1st", 2 → "2nd", 3 → "3rd". */
export const ordinal = (n: number) =>
  `${n}${["th", "st", "nd", "rd"][n % 100 > 10 && n % 100 < 14 ? 0 : n % 10] ?? "th"}`;

/** "1 day" / "3 days". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The API's reasons ("You both care about x", "Both in Berlin") as one sentence. */
export const reasonsSentence = (reasons: string[]) => (reasons.length ? `${reasons.join("; ")}.` : "");

/** "Data lead, Engineering": someone's job title and department, whichever they gave. */
export const roleLine = (p: { title: string; department: string }) =>
  p.department && p.title.toLowerCase().includes(p.department.toLowerCase())
    ? p.title // "Lead, Engineering" already names the department
    : [p.title, p.department].filter(Boolean).join(", ");

/** "SQL (expert)", or only the name where the level is not given (levels 1–3). */
export const skillText = (s: { name: string; level: number }) =>
  s.level >= 1 && s.level <= 3 ? t("skill.withLevel", { name: s.name, level: s.level }) : s.name;
