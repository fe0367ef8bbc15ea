/** Which language the screens speak: the profile's choice, else the browser's first that Tandem speaks, else English. */
import { describe, expect, it } from "vitest";
import { chooseLanguage } from "../../web/src/lib/i18n";

describe("the viewer's language", () => {
  it("is the profile's choice whatever the browser says", () => {
    expect(chooseLanguage("de", ["en-US"])).toBe("de");
    expect(chooseLanguage("en", ["de-DE", "de"])).toBe("en");
  });

  it("is otherwise the first of the browser's languages that Tandem speaks, by its base language", () => {
    expect(chooseLanguage(null, ["fr-FR", "de-AT", "en"])).toBe("de");
    expect(chooseLanguage(undefined, ["EN-gb", "de"])).toBe("en");
  });

  it("is English when the browser asks for none Tandem speaks", () => {
    expect(chooseLanguage(null, ["fr", "pt-BR"])).toBe("en");
    expect(chooseLanguage(null, [])).toBe("en");
  });
});
