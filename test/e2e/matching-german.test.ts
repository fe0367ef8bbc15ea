/**
 * The matching pages in German: a German-reading admin sets up, runs and publishes matching; in a
 * program where mentees choose, a German-reading mentee sends a request and a German-reading mentor
 * accepts it. Every page speaks German, plurals and ranks included, with none of its English left.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { DESKTOP, adminApi, baseUrl, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
const ADMIN = adminOf("matching-german");
const GERMAN = JSON.stringify({ uiLanguage: "de" });
const AS_BROWSER = JSON.stringify({ uiLanguage: null });

/** The English of the page's own catalog that must not show once it speaks German. */
async function noEnglish(page: Page, english: string[]) {
  const text = await page.locator("main").innerText();
  expect(english.filter((words) => text.includes(words))).toEqual([]);
}

describe("the matching pages in German", () => {
  it("run, show and publish a matching run for an admin who reads German", async () => {
    const call = await adminApi(ADMIN);
    const { program } = await seedProgram(call, {
      program: { name: `Zuordnen ${Date.now()}`, kind: "one-to-one", skills: ["data analysis"] },
      people: {
        ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3,,,1",
        mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,data analysis:2,learn data analysis",
      },
    });
    await call("PATCH", "/api/me", GERMAN);
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      await page.goto(`${baseUrl}/admin/programs/${program.id}/matching`);
      await page.getByRole("heading", { name: `Zuordnung für ${program.name}` }).waitFor();
      await page.getByRole("group", { name: "Wie Personen zugeordnet werden" }).waitFor();
      await page.getByLabel("Tage, die eine Mentor:in zum Antworten hat").waitFor();
      await page.getByText("Noch kein Lauf. Speichere deine Einstellungen und starte dann die Zuordnung.").waitFor();
      await page.getByRole("button", { name: "Einstellungen speichern" }).click();
      await page.getByText("Zuordnungseinstellungen gespeichert.").waitFor();

      await page.getByRole("button", { name: "Zuordnung starten" }).click();
      await page.getByRole("heading", { name: "Vorgeschlagene Paare (1)" }).waitFor();
      await page.getByRole("heading", { name: "Ohne Zuordnung (0)" }).waitFor();
      const pairs = page.getByRole("table", { name: "Vorgeschlagene Paare" });
      await pairs.getByRole("columnheader", { name: "Warum sie passen" }).waitFor();
      await pairs.getByRole("button", { name: "Fixieren Mia Mentee mit Ada Mentor" }).click();
      await page.getByText("Mia Mentee und Ada Mentor sind fixiert.").waitFor();
      await noEnglish(page, ["Run matching", "Save settings", "Proposed pairs", "Publish pairs", "Why they fit"]);

      await page.getByRole("button", { name: "Paare veröffentlichen" }).click();
      const dialog = page.getByRole("dialog", { name: "Die Paare veröffentlichen?" });
      await dialog.getByText(/^1 Paar veröffentlichen\? Jedes wird ein aktives Mentoring/).waitFor();
      await dialog.getByRole("button", { name: "Veröffentlichen" }).click();
      await page.getByText("1 Mentoring veröffentlicht.").waitFor();
      const mentorships = page.getByRole("table", { name: "Mentorings" });
      await mentorships.getByRole("cell", { name: "Zuordnungslauf" }).waitFor();
      await mentorships.getByText("Aktiv", { exact: true }).waitFor();
      await noEnglish(page, ["Published 1 mentorship", "Matching run", "Mentorships", "Not matched", "Total score"]);
    } finally {
      // The admin's choice would carry into the other browser tests, which read English.
      await call("PATCH", "/api/me", AS_BROWSER);
      await context.close();
    }
  }, 120_000);

  it("take a German-reading mentee from choosing to a request, and the mentor to accepting it", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      program: { name: `Wählen ${Date.now()}`, kind: "one-to-one", skills: ["data analysis"] },
      people: {
        ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3,,,2",
        mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,data analysis:2,learn data analysis",
      },
    });
    await call("PUT", `/api/programs/${program.id}/matching`, JSON.stringify({ mode: "choice", requestDays: 3 }));
    // Each sets German on their own profile.
    for (const who of ["ada", "mia"] as const) await (await adminApi(emails[who]))("PATCH", "/api/me", GERMAN);

    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const mentee = await context.newPage();
    await signIn(mentee, emails.mia);
    await mentee.goto(`${baseUrl}/programs/${program.id}/choose`);
    await mentee.getByRole("heading", { name: `Wähle deine Mentor:in in ${program.name}` }).waitFor();
    const cards = mentee.getByRole("list", { name: "Vorgeschlagene Mentor:innen" }).getByRole("listitem");
    await cards.first().getByText("data analysis (Expertise)").waitFor();
    await cards.first().getByText("15 Jahre").waitFor();
    await mentee.getByRole("button", { name: "Füge Ada Mentor als 1. Wahl hinzu" }).click();
    await mentee.getByRole("button", { name: "Entferne Ada Mentor aus der Auswahl" }).waitFor();
    await mentee.locator(".choice-list").getByText("1. Wahl").waitFor();
    await mentee.getByText(/hat 3 Tage Zeit zu antworten/).waitFor();
    await noEnglish(mentee, ["Choose your mentor", "Suggested mentors", "1st choice", "Send request", "fit"]);
    await mentee.getByRole("button", { name: "Anfrage senden" }).click();
    await mentee.getByRole("heading", { name: "Deine Anfrage" }).waitFor();
    await mentee.getByText(/^Ada Mentor hat deine Anfrage jetzt und kann bis .+ antworten\./).waitFor();
    await mentee.getByText("Wartet auf Antwort").waitFor();
    await noEnglish(mentee, ["Your request", "Waiting for an answer", "Withdraw request", "choice"]);

    // A browser of the mentor's own: the verify page of a German session would not say "Sign in".
    const mentorContext = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const mentor = await mentorContext.newPage();
    await signIn(mentor, emails.ada);
    await mentor.goto(`${baseUrl}/requests`);
    await mentor.getByRole("heading", { name: "Anfragen an Mentor:innen" }).waitFor();
    await mentor.getByRole("heading", { name: "Warten auf deine Antwort" }).waitFor();
    await mentor.getByText("Ihre 1. Wahl").waitFor();
    await mentor.getByLabel(`Wie viele Mentees kannst du im Programm ${program.name} übernehmen?`).waitFor();
    await mentor.getByRole("link", { name: `1 Anfrage zu beantworten im Programm ${program.name}` }).waitFor();
    await noEnglish(mentor, ["Mentor requests", "Waiting for your answer", "Accept", "Decline", "As a mentor"]);
    await mentor.getByRole("button", { name: "Annehmen (Anfrage von Mia Mentee)" }).click();
    await mentor
      .getByText(`Du hast angenommen. Du bist jetzt Mentor:in von Mia Mentee in ${program.name}`, { exact: false })
      .waitFor();
    await Promise.all([context.close(), mentorContext.close()]);
  }, 120_000);
});
