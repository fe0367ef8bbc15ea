/**
 * The message catalogs against the code: every id a place's code uses (the shell's or a feature's) is
 * worded in every language in that place's catalogs, no catalog keeps an id nobody there uses, ids are
 * unique across places (a language's catalogs are merged in the browser), a feature's code takes `useT`
 * from its own feature (which is what brings its English words), every message is valid ICU with the
 * same placeholders as English, and a translation that merely repeats the English is caught unless it
 * is listed as meant.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { placeholders } from "./icu-placeholders";
import { idsInCode, places, readCatalogs, SAME_AS_ENGLISH, type Place } from "../../scripts/i18n-messages";
import { UI_LANGUAGES } from "../../workers/domain/ui-languages";

const all = places();
const worded = all.filter((place) => idsInCode(place).size > 0 || Object.keys(readCatalogs(place)).length > 0);
const others = UI_LANGUAGES.filter((l) => l !== "en");
/** Every place's catalog in `language`, as the browser merges them. */
const merged = (language: string) => Object.assign({}, ...all.map((place) => readCatalogs(place)[language] ?? {}));
const english = merged("en") as Record<string, string>;

describe("the message catalogs", () => {
  it("has a catalog for every language a person may choose wherever code has words", () => {
    expect(worded.map((p) => p.name)).toEqual(expect.arrayContaining(["shell", "account", "profile"]));
    for (const place of worded)
      expect(Object.keys(readCatalogs(place)).sort(), place.name).toEqual([...UI_LANGUAGES].sort());
    expect(Object.keys(english).length).toBeGreaterThan(50);
  });

  it.each(worded.flatMap((place) => UI_LANGUAGES.map((language) => [place.name, language, place] as const)))(
    "words every id the %s code uses, and no other, in %s",
    (_name, language, place: Place) => {
      const used = idsInCode(place);
      const catalog = readCatalogs(place)[language] ?? {};
      const missing = [...used].filter(([id]) => !catalog[id]).map(([id, files]) => `${id} (${files.join(", ")})`);
      expect(missing, `run npm run i18n:extract, then word these in ${place.locales}/${language}.json`).toEqual([]);
      const unused = Object.keys(catalog).filter((id) => !used.has(id));
      expect(unused, `no code uses these ids of ${place.locales}/${language}.json`).toEqual([]);
    },
  );

  it("names each id in one place only, since the browser merges a language's catalogs", () => {
    const owners = new Map<string, string[]>();
    for (const place of all)
      for (const id of idsInCode(place).keys()) owners.set(id, [...(owners.get(id) ?? []), place.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it("has each feature's code take useT from its own feature, which brings the feature's words", () => {
    const stray: string[] = [];
    for (const place of all.filter((p) => p.name !== "shell")) {
      for (const file of place.files) {
        const from = /import \{[^}]*\buseT\b[^}]*\} from "([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
        if (!from) continue;
        const own = join(dirname(place.locales), "i18n");
        if (relative(own, join(dirname(file), from)) !== "") stray.push(`${file} imports useT from ${from}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it.each([...UI_LANGUAGES])("has valid ICU messages with English's placeholders in %s", (language) => {
    const wrong = Object.entries(merged(language) as Record<string, string>).filter(([id, message]) => {
      if (!(id in english)) return false;
      return placeholders(language, message).join() !== placeholders("en", english[id]!).join();
    });
    expect(wrong.map(([id]) => id)).toEqual([]);
  });

  it.each(others)("translates every message into %s, except those listed as the same on purpose", (language) => {
    const same = new Set(SAME_AS_ENGLISH[language] ?? []);
    const catalog = merged(language) as Record<string, string>;
    const untranslated = Object.entries(catalog)
      .filter(([id, message]) => message === english[id] && !same.has(id))
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
    // A listed id that is no longer the same (or gone) would hide the next real slip: keep the list true.
    for (const id of same) expect(catalog[id], id).toBe(english[id]);
  });

  it("plurals by ICU rules: German and English count domains alike, each in its own words", () => {
    const say = (language: string, count: number) =>
      new IntlMessageFormat((merged(language) as Record<string, string>)["join.about.emailDomains"]!, language).format({
        count,
        domains: "@example.com",
      });
    expect(say("en", 1)).toBe("Use your @example.com address.");
    expect(say("en", 2)).toMatch(/one of/);
    expect(say("de", 1)).toMatch(/^Verwende deine Adresse/);
    expect(say("de", 2)).toMatch(/einer dieser/);
  });
});
