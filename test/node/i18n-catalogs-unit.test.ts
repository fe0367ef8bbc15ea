/**
 * The message catalogs against the code: every id the code uses is worded in every language, no
 * catalog keeps an id nobody uses, every message is valid ICU with the same placeholders as English,
 * and a translation that merely repeats the English is caught unless it is listed as meant.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { idsInCode, readCatalogs, SAME_AS_ENGLISH } from "../../scripts/i18n-messages";
import { UI_LANGUAGES } from "../../workers/domain/ui-languages";

const used = idsInCode();
const catalogs = readCatalogs();
const english = catalogs.en!;
const others = Object.keys(catalogs).filter((l) => l !== "en");

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
/** The names of a message's {placeholders}, plural and select arguments included. */
function placeholders(language: string, message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      if (e.type >= 1 && e.type <= 6 && e.value) names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language).getAst() as Element[]);
  return [...names].sort();
}

describe("the message catalogs", () => {
  it("has a catalog for every language a person may choose, and the code names some ids", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...UI_LANGUAGES].sort());
    expect(used.size).toBeGreaterThan(50);
  });

  it.each(Object.keys(catalogs))("words every id the code uses, and no other, in %s", (language) => {
    const catalog = catalogs[language]!;
    const missing = [...used].filter(([id]) => !catalog[id]).map(([id, files]) => `${id} (${files.join(", ")})`);
    expect(missing, `run npm run i18n:extract, then word these in ${language}.json`).toEqual([]);
    const unused = Object.keys(catalog).filter((id) => !used.has(id));
    expect(unused, `no code uses these ids of ${language}.json`).toEqual([]);
  });

  it.each(Object.keys(catalogs))("has valid ICU messages with English's placeholders in %s", (language) => {
    const wrong = Object.entries(catalogs[language]!).filter(([id, message]) => {
      if (!(id in english)) return false;
      return placeholders(language, message).join() !== placeholders("en", english[id]!).join();
    });
    expect(wrong.map(([id]) => id)).toEqual([]);
  });

  it.each(others)("translates every message into %s, except those listed as the same on purpose", (language) => {
    const same = new Set(SAME_AS_ENGLISH[language] ?? []);
    const untranslated = Object.entries(catalogs[language]!)
      .filter(([id, message]) => message === english[id] && !same.has(id))
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
    // A listed id that is no longer the same (or gone) would hide the next real slip: keep the list true.
    for (const id of same) expect(catalogs[language]![id], id).toBe(english[id]);
  });

  it("plurals by ICU rules: German and English count domains alike, each in its own words", () => {
    const say = (language: string, count: number) =>
      new IntlMessageFormat(catalogs[language]!["join.about.emailDomains"]!, language).format({
        count,
        domains: "@example.com",
      });
    expect(say("en", 1)).toBe("Use your @example.com address.");
    expect(say("en", 2)).toMatch(/one of/);
    expect(say("de", 1)).toMatch(/^Verwende deine Adresse/);
    expect(say("de", 2)).toMatch(/einer dieser/);
  });
});
