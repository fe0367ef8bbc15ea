/**
 * Surveys and the admins' mail pages in German: an admin who reads German writes a survey on German
 * forms, a mentee whose browser asks for German answers it, the results and the program's survey list
 * speak German, and so do the mail problems page and the development mailbox.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { DESKTOP, PHONE, adminApi, baseUrl, dayFromNow, signIn, useBrowser, tickUntilMail } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address, and other files sign in as the first admin.
const ADMIN = adminOf("surveys-german");

describe("surveys and mail pages in German", () => {
  it("word a new survey, its answer page, its results and the mail pages in German", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const { program, emails } = await seedProgram(call, {
      program: { name: `Kreise ${stamp}`, kind: "group", startsOn: dayFromNow(0), endsOn: dayFromNow(90) },
      people: { ana: "Ana Mentee,mentee", ben: "Ben Mentee,mentee" },
      stamp,
    });
    await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: "de" }));

    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const admin = await context.newPage();
    try {
      await signIn(admin, ADMIN);
      await admin.goto(`${baseUrl}/admin/programs/${program.id}/surveys`);
      await admin.getByRole("heading", { name: `Umfragen für ${program.name}` }).waitFor();
      await admin.getByText("Noch keine Umfragen").waitFor();
      await admin.getByRole("button", { name: "Umfrage hinzufügen" }).click();
      await admin.getByLabel("Ganz neu").check();
      await admin.getByRole("button", { name: "Weiter" }).click();
      const title = `Wie war der Auftakt ${stamp}`;
      await admin.getByLabel("Titel").fill(title);
      await admin.getByLabel("Tage", { exact: true }).fill("0");
      await admin.getByLabel("Was", { exact: true }).selectOption("program-start");
      await admin.getByText("Wird am ersten Tag des Programms an alle Betroffenen verschickt.").waitFor();
      const first = admin.getByRole("group", { name: "Frage 1" });
      await first.getByLabel("Art").selectOption("rating");
      await first.getByLabel("Frage", { exact: true }).fill("Wie hilfreich war der Auftakt?");
      await first.getByLabel("Eine Antwort ist Pflicht").check();
      await admin.getByRole("button", { name: "Umfrage anlegen" }).click();
      await admin.getByText(`„${title}“ ist hinzugefügt`, { exact: false }).waitFor();
      const card = admin.getByRole("listitem").filter({ hasText: title });
      await card.getByText("Noch niemand wurde eingeladen").waitFor();
      await card.getByText("14 Tage", { exact: true }).waitFor();
      await card.getByRole("button", { name: `Ausschalten ${title}` }).waitFor();

      // The clock sends it; a mentee whose browser reads German answers through the mailed link.
      const mail = await tickUntilMail(emails.ana, new RegExp(`^${title}$`));
      const german = await browser().newContext({ viewport: PHONE, locale: "de-DE" });
      const phone = await german.newPage();
      await phone.goto(mail.links.find((l) => l.includes("/s/"))!);
      await phone.getByRole("heading", { name: title }).waitFor();
      await phone.getByText("Die Organisatoren sehen deinen Namen bei deinen Antworten.").waitFor();
      await phone.getByText("(Pflichtfeld)").waitFor();
      const rating = phone.getByRole("group", { name: /Wie hilfreich war der Auftakt/ });
      await rating.getByLabel("4", { exact: true }).check();
      await phone.getByRole("button", { name: "Meine Antworten senden" }).click();
      await phone.getByText(/^Danke: Deine Antworten sind gespeichert\. Du kannst sie bis .* ändern\.$/).waitFor();
      await phone.getByRole("button", { name: "Meine Änderungen speichern" }).waitFor();
      await german.close();

      await admin.reload();
      await admin.getByRole("link", { name: `Ergebnisse ansehen von ${title}` }).click();
      await admin.getByRole("heading", { name: `Ergebnisse: ${title}` }).waitFor();
      await admin.getByText("1 von 2 haben geantwortet, 50 %").waitFor();
      const results = await admin.locator("main").innerText();
      for (const english of ["answered", "Results", "No answers yet", "Average:"])
        expect(results).not.toContain(english);

      // The admins' mail pages.
      await admin.goto(`${baseUrl}/admin/mail`);
      await admin.getByRole("heading", { name: "Probleme mit E-Mails" }).waitFor();
      await admin.getByRole("heading", { name: "E-Mails nach Spur" }).waitFor();
      await admin.getByRole("heading", { name: "Fehlgeschlagene E-Mails" }).waitFor();
      await admin.getByRole("table", { name: "E-Mails der letzten Woche nach Spur und Art" }).waitFor();
      await admin.goto(`${baseUrl}/dev/mail`);
      await admin.getByRole("heading", { name: "Entwicklungspostfach" }).waitFor();
      await admin.getByRole("button", { name: "Aktualisieren" }).waitFor();
      await admin.getByText("Ganzer Text").first().waitFor();
      expect(await admin.locator("main").innerText()).not.toContain("Full text");
    } finally {
      // The admin's choice would carry into the other browser tests, which read English.
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });
});
