/**
 * The join form's pickers: time zones found by city, offset and country with Intl's offsets in their
 * labels, and languages named by Intl.DisplayNames for the codes the API stores.
 */
import { describe, expect, it } from "vitest";
import { getTimezone } from "countries-and-timezones";
import { buildZones, searchZones, timeZoneIds, zoneLabel } from "../../web/src/lib/timezones";
import { buildLanguages, languageName, searchLanguages } from "../../web/src/lib/languages";

// A winter instant, so the offsets below are the standard ones whatever day the tests run.
const JANUARY = new Date("2027-01-15T12:00:00Z");
const zones = buildZones(timeZoneIds(), (id) => getTimezone(id) ?? undefined, JANUARY);
const found = (q: string) => searchZones(zones, q).map((z) => z.value);

describe("time-zone search", () => {
  it("labels a zone by its city and its offset from UTC", () => {
    expect(zoneLabel("Europe/Berlin", JANUARY)).toBe("Berlin (UTC+01:00)");
    expect(zoneLabel("America/New_York", JANUARY)).toBe("New York (UTC-05:00)");
    expect(zoneLabel("Europe/Berlin", new Date("2027-07-15T12:00:00Z"))).toBe("Berlin (UTC+02:00)");
    expect(zones.find((z) => z.value === "Asia/Kathmandu" || z.value === "Asia/Katmandu")?.label).toBe(
      "Kathmandu (UTC+05:45)",
    );
  });

  it("finds a city from the start of its name", () => {
    expect(found("Berl")[0]).toBe("Europe/Berlin");
    expect(found("sao pau")[0]).toBe("America/Sao_Paulo");
    expect(found("new york")).toEqual(["America/New_York"]);
  });

  it("finds zones by offset, with or without UTC before it", () => {
    const india = zones.find((z) => z.label.startsWith("Kolkata"))!.value;
    expect(found("+05:30")).toContain(india);
    expect(found("UTC+5:30")).toContain(india);
    expect(found("+05:30").every((id) => zones.find((z) => z.value === id)!.offset === 330)).toBe(true);
    expect(found("-3")).toContain("America/Sao_Paulo");
    expect(found("-3")).not.toContain("Europe/Moscow");
  });

  it("finds a zone by the country it covers, the country itself before towns named like it", () => {
    expect(zones.find((z) => z.value === found("India")[0])?.label).toBe("Kolkata (UTC+05:30)");
    expect(found("germany")).toContain("Europe/Berlin");
    expect(found("Japan")[0]).toBe("Asia/Tokyo");
  });

  it("calls a renamed city by its new name, and a merged zone by its own", () => {
    expect(zones.find((z) => z.value === "Europe/Kiev" || z.value === "Europe/Kyiv")?.label).toMatch(/^Kyiv /);
    expect(zones.find((z) => z.value === "Europe/Copenhagen")?.label).toMatch(/^Copenhagen /);
  });
});

describe("language names", () => {
  it("names the codes the API stores, as people say them", () => {
    expect(languageName("de")).toBe("German");
    expect(languageName("pt-br")).toBe("Portuguese (Brazil)");
    expect(languageName("zh-hant")).toBe("Chinese (Traditional)");
    // An old free-text entry stays readable rather than breaking the page.
    expect(languageName("klingon!")).toBe("klingon!");
  });

  it("finds a language by its English name, its own name or its code, storing the lower-case code", () => {
    const all = buildLanguages();
    const values = (q: string) => searchLanguages(all, q).map((l) => l.value);
    expect(values("Germ")[0]).toBe("de");
    expect(values("deutsch")[0]).toBe("de");
    expect(values("portuguese")).toEqual(expect.arrayContaining(["pt", "pt-br", "pt-pt"]));
    expect(values("he")[0]).toBe("he");
    expect(all.some((l) => l.value === "iw")).toBe(false); // Hebrew's old code is offered once, as he
  });

  it("keeps a stored code it cannot name, so editing a profile never drops it", () => {
    expect(buildLanguages(["tlh-x"]).find((l) => l.value === "tlh-x")?.label).toBe("tlh-x");
  });
});
