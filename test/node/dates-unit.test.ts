import { afterEach, describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatRelative,
  formatTime,
  setViewer,
  termRange,
} from "../../web/src/lib/dates";

// 2026-03-03 23:30 UTC: already 4 March in Tokyo, still 3 March in New York.
const LATE = Date.UTC(2026, 2, 3, 23, 30);
const DAY = 86_400_000;

describe("the app's date formats", () => {
  afterEach(() => setViewer({ locale: undefined, timeZone: undefined }));

  it("write dates and times in the viewer's language, on the profile's clock", () => {
    setViewer({ locale: "en-GB", timeZone: "Asia/Tokyo" });
    expect(formatDate(LATE)).toBe("4 Mar 2026");
    expect(formatTime(LATE)).toBe("08:30");
    expect(formatDateTime(LATE)).toBe("4 Mar 2026, 08:30");

    setViewer({ locale: "en-US", timeZone: "America/New_York" });
    expect(formatDate(LATE)).toBe("Mar 3, 2026");
    expect(formatTime(LATE)).toBe("6:30 PM");
    expect(formatDateTime(LATE)).toBe("Mar 3, 2026, 6:30 PM");

    setViewer({ locale: "de-DE", timeZone: "Europe/Berlin" });
    expect(formatDate(LATE)).toBe("04.03.2026");
    expect(formatTime(LATE)).toBe("00:30");
  });

  it("fall back to the browser's zone for an unknown one, and say never as a dash", () => {
    setViewer({ locale: "en-GB", timeZone: "UTC" });
    const utc = formatDateTime(LATE);
    setViewer({ locale: "en-GB", timeZone: "Mars/Olympus_Mons" });
    expect(() => formatDateTime(LATE)).not.toThrow();
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime(null)).toBe("—");
    expect(utc).toBe("3 Mar 2026, 23:30");
  });

  it("read calendar days on UTC's calendar, whatever the viewer's zone", () => {
    setViewer({ locale: "en-GB", timeZone: "America/Los_Angeles" });
    expect(formatDay("2026-03-04")).toBe("4 Mar 2026");
    expect(termRange(Date.UTC(2026, 2, 3), Date.UTC(2026, 2, 17))).toMatch(/^3\s–\s16 Mar 2026$/);
  });

  it("say how far away something is, in the largest unit that fits", () => {
    setViewer({ locale: "en-GB", timeZone: "UTC" });
    const now = LATE;
    expect(formatRelative(now + 3 * DAY, now)).toBe("in 3 days");
    expect(formatRelative(now - DAY, now)).toBe("yesterday");
    expect(formatRelative(now - 2 * 3_600_000, now)).toBe("2 hours ago");
    expect(formatRelative(now + 14 * DAY, now)).toBe("in 2 weeks");
    expect(formatRelative(now + 10_000, now)).toBe("in 10 seconds");
    setViewer({ locale: "fr-FR", timeZone: "UTC" });
    expect(formatRelative(now + 3 * DAY, now)).toBe("dans 3 jours");
  });

  it("keep the screens' language when the clock changes, as a sign-in sets the profile's zone after it", () => {
    setViewer({ locale: "de" });
    setViewer({ timeZone: "Asia/Tokyo" });
    expect(formatDate(LATE)).toBe("04.03.2026");
    setViewer({ timeZone: null });
    expect(formatDay("2026-03-04")).toBe("04.03.2026");
  });
});
