/**
 * @module features/rotations/agenda-words
 * A cycle's first agenda in the reader's language. domain/rotations/agenda writes it in English (it knows
 * no language, and the rotation page shows it as written); the introduction mail and its invite read each
 * line back into their reader's words here. A line it does not recognise stays as written.
 */
import { translator, type Translate, type UiLanguage } from "../../platform/i18n";

type Rule = { match: RegExp; say: (t: Translate, m: string[]) => string };

const RULES: Rule[] = [
  { match: /^Introductions: /, say: (t) => t("agenda.introductions") },
  {
    match: /^(.+): how (.+) uses it day to day, and where it would help in the senior's work\.$/,
    say: (t, [, topic, name]) => t("agenda.topic", { topic: topic!, name: name! }),
  },
  { match: /^A tool or habit the junior relies on/, say: (t) => t("agenda.tool") },
  { match: /^Agree when and how you meet next/, say: (t) => t("agenda.next") },
];

export function agendaIn(language: UiLanguage, agenda: string[]): string[] {
  if (language === "en") return agenda;
  const t = translator(language);
  return agenda.map((line) => {
    const rule = RULES.find((r) => r.match.test(line));
    return rule ? rule.say(t, line.match(rule.match)!) : line;
  });
}
