/**
 * Languages by name ("German", "Portuguese (Brazil)") for the codes the API stores ("de", "pt-br").
 * Names come from Intl.DisplayNames, so no list of names is shipped; the codes offered are every
 * two-letter code the browser can name, and a few regional forms people ask for.
 */
import { bestFirst, fold } from "./text";

/** A language to pick: its code as the API stores it (lower case), its name, and the text a search reads. */
export type Language = { value: string; label: string; text: string };

// Intl lists no languages, only names them: these regional forms and three-letter codes are the ones
// mentoring programs ask for that two-letter codes miss.
const EXTRA = ["en-gb", "en-us", "es-419", "fr-ca", "pt-br", "pt-pt", "zh-hans", "zh-hant", "fil", "yue"];

let names: Intl.DisplayNames | undefined;
const displayNames = () =>
  (names ??= new Intl.DisplayNames(["en"], { type: "language", languageDisplay: "standard", fallback: "none" }));

/** The English name of a stored code, or the code itself when it names no language. */
export function languageName(code: string): string {
  try {
    return displayNames().of(code) ?? code;
  } catch {
    return code; // not a language tag at all (an old free-text entry): shown as typed
  }
}

/** The language's name in itself ("Deutsch" for de), so people can find it as they call it. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code) ?? "";
  } catch {
    return "";
  }
}

/** Every language to offer, by name, with `keep` (codes already stored) among them. */
export function buildLanguages(keep: string[] = []): Language[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const two = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  // A deprecated code ("iw" for Hebrew) is named too: only its canonical form is offered.
  const known = two.filter((c) => displayNames().of(c) && Intl.getCanonicalLocales(c)[0] === c);
  const codes = [...new Set([...known, ...EXTRA, ...keep])];
  return codes
    .map((value) => {
      const label = languageName(value);
      return { value, label, text: fold(`${label} ${nativeName(value)} ${value}`) };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The languages whose name, own name or code matches `query`; names that start with it first. */
export function searchLanguages(languages: Language[], query: string, limit = 50): Language[] {
  const q = fold(query.trim());
  if (!q) return languages.slice(0, limit);
  const rank = (l: Language) =>
    l.value === q ? 0 : l.text.startsWith(q) ? 1 : l.text.includes(" " + q) || l.text.includes("(" + q) ? 2 : -1;
  return bestFirst(languages, rank, limit);
}
