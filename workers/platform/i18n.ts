/**
 * @module platform/i18n
 * The Worker's words in each language Tandem speaks: message catalogs (workers/locales/<language>.json,
 * id → ICU message) formatted by intl-messageformat, the same formatter the web app uses, with its
 * parser, which is small next to the Worker. Mails are written in their recipient's language when they
 * are queued, so a retry sends the very text that was stored (ARCHITECTURE.md, invariant 1).
 */
import { IntlMessageFormat } from "intl-messageformat";
import { UI_LANGUAGES, type UiLanguage } from "../domain/ui-languages";
import en from "../locales/en.json";
import de from "../locales/de.json";

export type { UiLanguage };
export type MessageId = keyof typeof en;
type Values = Record<string, string | number>;
/** A message lookup in one language; ids are written out in full at each call, so the catalog test finds them. */
export type Translate = (id: MessageId, values?: Values) => string;

const CATALOGS: Record<UiLanguage, Record<string, string>> = { en, de };
const formats = new Map<string, IntlMessageFormat>();

/** The locale dates and numbers are written in: British English keeps the "4 March 2027" mails have always had. */
const LOCALES: Record<UiLanguage, string> = { en: "en-GB", de: "de-DE" };

/** A stored or requested language Tandem speaks, else English. */
export const languageOf = (value: string | null | undefined): UiLanguage =>
  UI_LANGUAGES.includes(value as UiLanguage) ? (value as UiLanguage) : "en";

/** The message with `id` in `language` (English when the catalog lacks it), its placeholders filled. */
export function translate(language: UiLanguage, id: MessageId, values?: Values): string {
  const key = `${language}:${id}`;
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[language][id] || en[id], language);
    formats.set(key, format);
  }
  return String(format.format(values));
}

export const translator =
  (language: UiLanguage): Translate =>
  (id, values) =>
    translate(language, id, values);

/** An instant as the reader reads it: in their language, on their clock (an IANA zone; UTC when unknown). */
export function formatInstant(
  language: UiLanguage,
  at: number,
  options: Intl.DateTimeFormatOptions,
  timeZone = "UTC",
): string {
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: "UTC" }).format(at);
  }
}

export const formatNumber = (language: UiLanguage, n: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(LOCALES[language], options).format(n);

/** "Ada, Ben and Cy" / "Ada, Ben und Cy". */
export const formatList = (language: UiLanguage, items: string[]) =>
  new Intl.ListFormat(LOCALES[language], { type: "conjunction" }).format(items);
