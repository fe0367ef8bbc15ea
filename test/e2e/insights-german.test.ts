/**
 * A program's organiser pages in German: an admin who reads German sees their home's cards, all
 * programs side by side, the insights (funnel, charts, pairs that need attention, thresholds,
 * recognition) and the outcomes page worded in German; asking a stalled pair "still going?" sends a
 * link whose page speaks German to a German browser, and the answer comes back in German.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { DESKTOP, PHONE, adminApi, baseUrl, matchAndPublish, signIn, useBrowser, waitForMail } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address, and other files sign in as the first admin.
const ADMIN = adminOf("insights-german");
const DAY = 86_400_000;

describe("the organiser's pages in German", () => {
  it("word the home, the insights, a pair's still-going page and the outcomes in German", async () => {
    const call = await adminApi(ADMIN);
    // "A …" sorts first, so the card is on the home's first page whatever other tests add.
    const name = `A Sprachprogramm ${Date.now()}`;
    const { program } = await seedProgram(call, {
      program: { name, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    await matchAndPublish(call, program.id);
    const [pair] = (
      await call<{ items: { id: string; menteeEmail: string; menteeName: string }[] }>(
        "GET",
        `/api/programs/${program.id}/mentorships?status=active`,
      )
    ).items;
    // The pair last met 50 days ago: stalled, so it needs attention.
    const mentee = await adminApi(pair!.menteeEmail);
    const startsAt = new Date(Date.now() - 50 * DAY).toISOString();
    await mentee("POST", `/api/mentorships/${pair!.id}/meetings`, JSON.stringify({ startsAt, minutes: 45 }));
    await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: "de" }));

    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      await page.getByRole("heading", { name: "Programme, die du organisierst" }).waitFor();
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
      await card.getByText("Still gewordene Paare").waitFor();
      await card.getByText("Nächster Schritt:").waitFor();

      await page.getByRole("link", { name: "Alle Programme im Vergleich" }).click();
      await page.getByRole("heading", { name: "Alle Programme" }).waitFor();
      const table = page.getByRole("table", { name: "Programme im Vergleich" });
      await table.getByRole("columnheader", { name: "Umfrage beantwortet" }).waitFor();

      await page.goto(`${baseUrl}/admin/programs/${program.id}/insights`);
      await page.getByRole("heading", { name: `Auswertung für ${name}` }).waitFor();
      await page
        .getByRole("table", { name: "Personen pro Stufe" })
        .getByRole("rowheader", { name: "Angemeldet" })
        .waitFor();
      for (const heading of [
        "Trichter",
        "Vermittlung",
        "Beteiligung",
        "Zufriedenheit",
        "Zustand",
        "Verlauf",
        "Reichweite",
      ])
        await page.getByRole("heading", { name: heading, exact: true }).waitFor();
      await page.getByRole("heading", { name: "Anerkennung" }).waitFor();
      await page.getByRole("img", { name: /^Neue Paare pro Woche: \d+ in \d+ Wochen?;/ }).waitFor();
      await page.getByRole("button", { name: "Drucken" }).waitFor();
      await page.getByLabel("Kohorte (Anmeldemonat)").waitFor();
      await page.getByLabel("Still nach (Tagen)").waitFor();
      await page.getByRole("button", { name: "Schwellen speichern" }).waitFor();

      const list = page.getByRole("table", { name: "Paare, die Aufmerksamkeit brauchen" });
      const row = list.getByRole("row", { name: new RegExp(pair!.menteeName) });
      await row.getByText("festgefahren", { exact: true }).waitFor();
      const askedAt = Date.now();
      await row.getByRole("button", { name: /Fragen, ob es weitergeht/ }).click();
      await row.getByText(/Gefragt am .*, noch keine Antwort/).waitFor();
      // None of the page's English words is left over.
      const text = await page.locator("main").innerText();
      for (const english of [
        "Pairs that need attention",
        "Save thresholds",
        "Funnel",
        "Top contributors",
        "Which pairs",
      ])
        expect(text).not.toContain(english);

      // The mentee answers from the mail's link in a German browser, signed out.
      const asked = await waitForMail(pair!.menteeEmail, /still meeting/, { after: askedAt });
      const german = await browser().newContext({ viewport: PHONE, locale: "de-DE" });
      const answer = await german.newPage();
      await answer.goto(asked.links.find((l) => l.includes("/still-going/"))!);
      await answer.getByRole("heading", { name: "Trefft ihr euch noch?" }).waitFor();
      await answer.getByRole("button", { name: "Ja, wir machen weiter" }).click();
      await answer.getByText("Danke. Die Organisatoren wissen jetzt, dass dein Mentoring weitergeht.").waitFor();
      await german.close();
      await page.reload();
      await row.getByText(`${pair!.menteeName}: macht weiter`).waitFor();

      await page.goto(`${baseUrl}/admin/programs/${program.id}/outcomes`);
      await page.getByRole("heading", { name: `Ergebnisse für ${name}` }).waitFor();
      await page.getByRole("heading", { name: "Ergebnisse hochladen" }).waitFor();
      await page.getByText("Noch nichts hochgeladen.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Hochladen" }).click();
      await page.getByText("Wähle zuerst eine CSV-Datei.").waitFor();
    } finally {
      // The admin's choice would carry into the other browser tests, which read English.
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });
});
