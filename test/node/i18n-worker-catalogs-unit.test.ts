/**
 * The Worker's catalogs against its code, as test/node/i18n-catalogs-unit.test.ts holds the web's: every
 * mail id the code names is worded in every language and none is left unused; every error message the
 * code writes has its words in every language but English, and no catalog keeps one nobody writes; every
 * message is valid ICU with English's placeholders; a translation that merely repeats English is caught.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { placeholders } from "./icu-placeholders";
import {
  coveredByPattern,
  errorMessagesInCode,
  readErrorCatalogs,
  readWorkerCatalogs,
  workerIdsInCode,
} from "../../scripts/i18n-messages";
import { UI_LANGUAGES } from "../../workers/domain/ui-languages";

const ids = workerIdsInCode();
const catalogs = readWorkerCatalogs();
const english = catalogs.en!;
const errors = readErrorCatalogs();
const messages = errorMessagesInCode();
const others = UI_LANGUAGES.filter((l) => l !== "en");

describe("the Worker's mail catalogs", () => {
  it("has one for every language a person may choose, and the code names ids from them", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...UI_LANGUAGES].sort());
    expect(ids.size).toBeGreaterThan(150);
  });

  it.each(UI_LANGUAGES)("words every id the code uses, and no other, in %s", (language) => {
    const catalog = catalogs[language]!;
    const missing = [...ids].filter(([id]) => !catalog[id]).map(([id, files]) => `${id} (${files.join(", ")})`);
    expect(missing, `run npm run i18n:extract, then word these in workers/locales/${language}.json`).toEqual([]);
    expect(Object.keys(catalog).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(UI_LANGUAGES)("has valid ICU messages with English's placeholders in %s", (language) => {
    const wrong = Object.entries(catalogs[language]!).filter(
      ([id, message]) => placeholders(language, message).join() !== placeholders("en", english[id] ?? "").join(),
    );
    expect(wrong.map(([id]) => id)).toEqual([]);
  });

  it.each(others)("translates every message into %s", (language) => {
    const same = Object.entries(catalogs[language]!).filter(([id, message]) => message === english[id]);
    expect(same.map(([id]) => id)).toEqual([]);
  });

  it("counts with ICU plurals in each language", () => {
    const say = (language: string, days: number) =>
      new IntlMessageFormat(catalogs[language]!["mail.nudge.body"]!, language).format({
        days,
        partner: "Ana",
        program: "P",
      });
    expect(say("en", 1)).toMatch(/^It has been 1 day since/);
    expect(say("en", 21)).toMatch(/^It has been 21 days since/);
    expect(say("de", 1)).toMatch(/seit 1 Tag nicht/);
    expect(say("de", 21)).toMatch(/seit 21 Tagen nicht/);
  });
});

describe("the Worker's error catalogs", () => {
  it("has one for every language but English, whose words are the code's own", () => {
    expect(Object.keys(errors).sort()).toEqual([...others].sort());
    expect(messages.size).toBeGreaterThan(100);
    expect(messages.has("Some fields are not valid.")).toBe(true);
    expect(messages.has("{0} was not found.")).toBe(true);
  });

  it.each(others)("words every error message the code writes, and no other, in %s", (language) => {
    const catalog = errors[language]!;
    const missing = [...messages].filter(([m]) => !catalog[m]).map(([m, files]) => `${m} (${files.join(", ")})`);
    expect(missing, `run npm run i18n:extract, then word these in errors.${language}.json`).toEqual([]);
    const unused = Object.keys(catalog).filter((m) => !messages.has(m) && !coveredByPattern(m, messages));
    expect(unused).toEqual([]);
  });

  it.each(others)("keeps each message's parts, and says it in its own words, in %s", (language) => {
    const catalog = errors[language]!;
    const wrong = Object.entries(catalog).filter(
      ([m, said]) => placeholders(language, said).join() !== placeholders("en", m).join(),
    );
    expect(wrong.map(([m]) => m)).toEqual([]);
    expect(Object.entries(catalog).filter(([m, said]) => said === m)).toEqual([]);
  });
});
