/**
 * The event pages in German: a host who reads German sees the events list, the new-event form, the
 * day's steps and the projector in German, and as a participant the event's own page; none of them
 * shows a word of the events catalog's English.
 */
import { describe, expect, it } from "vitest";
import de from "../../web/src/features/events/locales/de.json";
import en from "../../web/src/features/events/locales/en.json";
import { adminOf } from "./admins";
import { englishLeftovers } from "./english-leftovers";
import { DESKTOP, adminApi, baseUrl, signIn, useBrowser } from "./harness";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address.
const ADMIN = adminOf("events-german");
const leftovers = (page: Parameters<typeof englishLeftovers>[0]) => englishLeftovers(page, [{ en, de }]);

describe("the event pages in German", () => {
  it("speak German to a host and to a participant", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const title = `Sprechstunde ${stamp}`;
    const event = await call<{ id: string; joinUrl: string }>(
      "POST",
      "/api/events",
      JSON.stringify({
        title,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        timezone: "Europe/Berlin",
        roundMinutes: 5,
        breakMinutes: 1,
        tables: 2,
      }),
    );
    const key = new URL(event.joinUrl, baseUrl).searchParams.get("key")!;
    await call("POST", `/api/events/${event.id}/register`, JSON.stringify({ key, role: "mentee", interests: [] }));
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      // In English, the check finds the catalog's words: it would find any left on a German page.
      await page.goto(`${baseUrl}/host/events`);
      await page.getByRole("heading", { name: "Events", exact: true }).waitFor();
      expect(await leftovers(page)).toEqual(expect.arrayContaining(["Events", "New event"]));
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: "de" }));

      await page.goto(`${baseUrl}/host/events`);
      await page.getByRole("heading", { name: "Veranstaltungen", exact: true }).waitFor();
      await page.getByRole("link", { name: "Neue Veranstaltung" }).waitFor();
      await page.getByText("1 angemeldet, 0 eingecheckt").first().waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/host/events/new`);
      await page.getByRole("heading", { name: "Neue Veranstaltung" }).waitFor();
      await page.getByRole("button", { name: "Veranstaltung erstellen" }).click();
      await page.getByText("Gib der Veranstaltung einen Titel.").waitFor();
      await page.getByLabel("Minuten pro Runde").waitFor();
      await page.getByRole("group", { name: "Format" }).getByLabel("Speed-Mentoring").waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/host/events/${event.id}`);
      await page.getByRole("heading", { name: title }).waitFor();
      const steps = page.getByRole("list", { name: "Die Veranstaltung, Schritt für Schritt" });
      await steps.getByRole("heading", { name: /Teilen/ }).waitFor();
      await steps.getByRole("heading", { name: /Planen/ }).waitFor();
      await page.getByRole("button", { name: "Link kopieren" }).waitFor();
      await page.getByText("1 angemeldet · 0 eingecheckt (0 Mentoren, 0 Mentees)").waitFor();
      await page.getByRole("button", { name: /^Einchecken/ }).waitFor();
      await page.getByRole("button", { name: "Plan erstellen" }).waitFor();
      // Before the clock's state arrives it is not started; once it does, it waits in the lobby.
      await page.getByText(/^(Nicht gestartet|Wartet auf den Start)$/).waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/host/events/${event.id}/projector`);
      await page.getByText("Wartet auf den Start").waitFor();
      await page.getByText("Scanne zum Anmelden, oder öffne diesen Link:").waitFor();
      await page.getByRole("img", { name: `QR-Code des Links zu ${title}` }).waitFor();
      await page.getByRole("button", { name: "Gong aus" }).waitFor();
      expect(await leftovers(page)).toEqual([]);

      // The host is registered too: their page through the link.
      await page.goto(event.joinUrl);
      await page.getByText("Du bist als Mentee angemeldet.").waitFor();
      await page.getByText("So läuft es ab").waitFor();
      await page.getByText("Runden von 5 Minuten, mit 1 Minute zum Tischwechsel.").waitFor();
      await page.getByRole("heading", { name: "Deine Runden" }).waitFor();
      await page.getByRole("link", { name: "In deinen Kalender eintragen" }).waitFor();
      expect(await leftovers(page)).toEqual([]);
    } finally {
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });
});
