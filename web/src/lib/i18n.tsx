/**
 * The words of the screens, from message catalogs (web/src/locales/<language>.json: id → ICU message),
 * formatted by FormatJS's intl-messageformat (ICU plurals and selects over Intl.PluralRules) behind the
 * small `useT` hook below. Measured here with Preact 10 and Vite: i18next with i18next-icu would add
 * about 17 KB gzipped to the first screen on top of the same formatter, and Lingui's macros need a Babel
 * or SWC pass in the build; intl-messageformat alone is plain JavaScript and about 10 KB.
 * English ships with the app, each feature's words with that feature's code (its `i18n.ts` calls
 * `messagesOf`); another language's catalogs, every feature's at once, load only for a viewer who reads it.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import { UI_LANGUAGES, type UiLanguage } from "../../../workers/domain/ui-languages";
import en from "../locales/en.json";
import { setViewer } from "./dates";
import { PLAIN } from "./plain-message";

export { UI_LANGUAGES, type UiLanguage };

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: "English", de: "Deutsch" };

/** id → message: ICU text in the source files, already parsed in the built app (vite.config.ts). */
type Catalog = Record<string, string | MessageFormatElement[]>;
const others = import.meta.glob<Catalog>(
  ["../locales/*.json", "!../locales/en.json", "../features/*/locales/*.json", "!../features/*/locales/en.json"],
  { import: "default" },
);
/** A language's catalogs from the shell and every feature, as one: the catalog test keeps ids unique. */
async function load(language: UiLanguage): Promise<Catalog> {
  const files = Object.entries(others).filter(([path]) => path.endsWith(`/${language}.json`));
  return Object.assign({}, ...(await Promise.all(files.map(([, read]) => read()))));
}
const english: Catalog = { ...(en as Catalog) };
const loaded: Partial<Record<UiLanguage, Catalog>> = { en: english };
let current: UiLanguage = "en";
let wanted: UiLanguage = "en";
const formats = new Map<string, IntlMessageFormat>();
const listeners = new Set<(language: UiLanguage) => void>();

/** The viewer's language: their profile's choice, else the first of the browser's Tandem speaks, else English. */
export function chooseLanguage(profile: UiLanguage | null | undefined, browser = navigator.languages): UiLanguage {
  if (profile) return profile;
  for (const tag of browser) {
    const base = tag.toLowerCase().split("-")[0] as UiLanguage;
    if (UI_LANGUAGES.includes(base)) return base;
  }
  return "en";
}

/** Loads the language's catalog if need be, then speaks it: messages, `<html lang>`, dates and numbers. */
export async function switchLanguage(language: UiLanguage) {
  wanted = language;
  if (!loaded[language]) loaded[language] = await load(language);
  // A later choice (the profile's, arriving while the browser's catalog loaded) wins over this one.
  if (wanted !== language) return;
  document.documentElement.lang = language;
  // The browser's own tag keeps its region's way with dates ("en-GB": 3 March) when it is the same language.
  const own = navigator.languages.find((tag) => tag.toLowerCase().split("-")[0] === language);
  setViewer({ locale: own ?? language });
  current = language;
  for (const listener of listeners) listener(language);
}

const LanguageContext = createContext<UiLanguage>("en");

/** Re-renders what it wraps whenever the language changes. */
export function LanguageProvider({ children }: { children: preact.ComponentChildren }) {
  const [language, setLanguage] = useState(current);
  useEffect(() => {
    listeners.add(setLanguage);
    return () => void listeners.delete(setLanguage);
  }, []);
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

type Values = Record<string, string | number>;
/** A message lookup, for code outside components (a step's checks) that words what it says. */
export type Translate = (id: string, values?: Values) => string;

/**
 * `t` gives the message with an id in the viewer's language, its {placeholders} filled from `values`.
 * Ids are written out in full at each call, so `npm run i18n:extract` and the catalog test find them.
 */
export function useT() {
  const language = useContext(LanguageContext);
  const t: Translate = (id, values) => translate(language, id, values);
  return { t, language };
}

/**
 * `t` outside components (a form's summary line, a network error): the message in the language spoken
 * now. Components use `useT`, which also re-renders them when the language changes.
 */
export const t: Translate = (id, values) => translate(current, id, values);

/**
 * A feature's English words, added when its code loads; its `i18n.ts` hands its components the `useT`
 * this returns, so importing that `useT` is what brings the words (the catalog test holds every feature
 * to it).
 */
export function messagesOf(catalog: Record<string, unknown>) {
  Object.assign(english, catalog);
  return useT;
}

/** The message in `language`, else in English (a catalog the test keeps complete), else its id. */
function translate(language: UiLanguage, id: string, values?: Values) {
  const key = `${language}:${id}`;
  let format = formats.get(key);
  if (!format) {
    const message = loaded[language]?.[id] ?? english[id];
    if (message === undefined) return id;
    // Plain text (lib/plain-message.ts): nothing to format.
    if (typeof message === "string" && PLAIN.test(message)) return message;
    format = new IntlMessageFormat(message, language);
    formats.set(key, format);
  }
  return String(format.format(values));
}
