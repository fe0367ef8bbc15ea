/**
 * Counts on the organiser's pages plural by ICU rules in both languages, where the pages once added an
 * "s" to any number ("1 weeks", "1 meetings", "(1 people)").
 */
import { IntlMessageFormat } from "intl-messageformat";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { Chart } from "../../web/src/features/insights/Chart";
import outcomesDe from "../../web/src/features/outcomes/locales/de.json";
import outcomesEn from "../../web/src/features/outcomes/locales/en.json";
import recognitionDe from "../../web/src/features/recognition/locales/de.json";
import recognitionEn from "../../web/src/features/recognition/locales/en.json";

const say = (catalog: Record<string, string>, language: string, id: string, values: Record<string, string | number>) =>
  new IntlMessageFormat(catalog[id]!, language).format(values);

describe("counts on the organiser's pages", () => {
  it("name a chart's single week as one week", () => {
    const html = renderToString(h(Chart, { label: "New pairs per week", weeks: ["2026-03-02"], values: [3] }));
    expect(html).toContain('aria-label="New pairs per week: 3 over 1 week; the table of numbers follows."');
  });

  it("count one meeting, one person and one row in the singular, in English and German", () => {
    const contributor = { completed: 2, meetings: 1, kudos: 0 };
    expect(say(recognitionEn, "en", "recognition.program.contributor", contributor)).toBe(
      ": 2 completed, 1 meeting, 0 thanks",
    );
    expect(say(recognitionDe, "de", "recognition.program.contributor", contributor)).toContain("1 Treffen");
    expect(say(outcomesEn, "en", "outcomes.cohorts.ratePeople", { people: 1 })).toBe("(1 person)");
    expect(say(outcomesDe, "de", "outcomes.cohorts.ratePeople", { people: 1 })).toBe("(1 Person)");
    expect(say(outcomesEn, "en", "outcomes.upload.stored", { rows: 1, people: 1, added: 1 })).toBe(
      "Stored 1 row about 1 person, 1 of them new.",
    );
    expect(say(outcomesEn, "en", "outcomes.cohorts.median", { days: 12.5, people: 6 })).toBe("12.5 days (6 people)");
  });
});
