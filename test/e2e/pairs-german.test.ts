/**
 * The pages of pairs, groups, rotations, training and the library in German: a mentee who picked Deutsch
 * takes a module, opens her mentorship and sets a goal; an admin who did forms groups, plans a rotation
 * and opens a program's training and library. Each page shows the German words, and none of the English
 * ones its catalog replaced.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { adminOf } from "./admins";
import {
  adminApi,
  baseUrl,
  dayFromNow,
  DESKTOP,
  matchAndPublish,
  PHONE,
  signIn,
  useBrowser,
  type Program,
} from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address, and other files sign in as the first admin.
const ADMIN = adminOf("pairs-german");

/** None of these English lines shows on the page any more. */
async function expectNoEnglish(page: Page, lines: string[]) {
  const text = await page.locator("body").innerText();
  expect(lines.filter((line) => text.includes(line))).toEqual([]);
}

describe("pairs, groups, rotations, training and the library in German", () => {
  it("shows a mentee her training and her mentorship in German", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      program: { name: `Paare ${Date.now()}`, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    await call(
      "POST",
      `/api/programs/${program.id}/training`,
      JSON.stringify({
        title: "Gut zuhören",
        guide: "Lass erst ausreden.",
        audience: "mentee",
        questions: [{ prompt: "Wer redet am meisten?", options: ["Mentor", "Mentee"], answer: 1 }],
      }),
    );

    const context = await browser().newContext({ viewport: PHONE, locale: "en-US" });
    const mia = await context.newPage();
    await signIn(mia, emails.mia);
    const chosen = await mia.evaluate(
      async () =>
        (
          await fetch("/api/me", {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ uiLanguage: "de" }),
          })
        ).status,
    );
    expect(chosen).toBe(200);

    await mia.goto(`${baseUrl}/programs/${program.id}/training`);
    await mia.getByRole("heading", { name: "Deine Schulung" }).waitFor();
    await mia.getByText("Noch 1 Modul, bevor du zugeteilt werden kannst.").waitFor();
    await mia.getByText("offen", { exact: true }).waitFor();
    const check = mia.getByRole("button", { name: "Meine Antworten prüfen" });
    await check.click();
    await mia.getByText("Wähle eine Antwort.").waitFor();
    await mia.getByLabel("Mentee", { exact: true }).check();
    await check.click();
    await mia.getByText(/^Bestanden mit 100\s%\.$/).waitFor();
    await expectNoEnglish(mia, ["Your training", "Check my answers", "to finish before", "Passed with"]);

    await matchAndPublish(call, program.id);
    await mia.goto(`${baseUrl}/dashboard`);
    await mia.getByRole("link", { name: "Treffen und Ziele mit Mo Mentor" }).click();
    await mia.getByRole("heading", { name: "Dein Mentoring mit Mo Mentor" }).waitFor();
    await mia.getByRole("heading", { name: "Mentoring-Vereinbarung" }).waitFor();
    await mia.getByRole("heading", { name: "Treffen", exact: true }).waitFor();
    await mia.getByText("Noch keine Treffen").waitFor();
    await mia.getByRole("heading", { name: "Was wir gelernt haben" }).waitFor();
    await mia.getByRole("heading", { name: "Lesetipps" }).waitFor();

    await mia.getByRole("button", { name: "Planen", exact: true }).click();
    await mia.getByText("Wähle, wann es beginnt.").waitFor();
    await mia.getByLabel("Ziel", { exact: true }).fill("Ein Sprint-Review leiten");
    await mia.getByLabel("Meilenstein 1").fill("Zwei Reviews ansehen");
    await mia.getByLabel("Meilenstein 2").fill("Eins vorbereiten");
    await mia.getByRole("button", { name: "Ziel setzen" }).click();
    await mia.getByText("Ziel gesetzt.").waitFor();
    // German plurals by ICU rules: "von 2 Meilensteinen", in the dative.
    await mia.getByText("0 von 2 Meilensteinen").waitFor();
    await expectNoEnglish(mia, [
      "Mentoring agreement",
      "No meetings yet",
      "Schedule a meeting",
      "Set a goal",
      "What we learned",
      "Suggested reading",
      "milestones",
    ]);

    await mia.goto(`${baseUrl}/library`);
    await mia.getByRole("heading", { name: "Bibliothek", level: 1 }).waitFor();
    await mia.getByLabel("Bibliothek durchsuchen").waitFor();
    await mia.getByRole("button", { name: "Suchen" }).waitFor();
    await expectNoEnglish(mia, ["Search the library"]);
    await context.close();
  });

  it("shows an admin groups, a rotation, a program's training and its library in German", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: "de" }));
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    try {
      const { program: groups } = await seedProgram(call, {
        program: { name: `Gruppen ${stamp}`, kind: "group", skills: ["data analysis"] },
        people: {
          mira: "Mira Mentor,mentor,Sales,Analyst,Berlin,Europe/Berlin,,,en,data analysis:3,",
          ada: "Ada Mentee,mentee,Engineering,Analyst,Berlin,Europe/Berlin,,,en,,data analysis:1",
          ben: "Ben Mentee,mentee,Legal,Analyst,Berlin,Europe/Berlin,,,en,,data analysis:1",
        },
      });
      const { program: reverse } = await seedProgram(call, {
        program: {
          name: `Rückwärts ${stamp}`,
          kind: "reverse",
          startsAt: dayFromNow(7),
          endsAt: dayFromNow(60),
          cycleWeeks: 2,
          skills: ["ai tools"],
        },
        people: {
          june: "June Junior,junior,Sales,Analyst,Berlin,Europe/Berlin,,,en,ai tools:3,",
          sam: "Sam Senior,senior,Legal,Analyst,Berlin,Europe/Berlin,,,en,,ai tools:1",
        },
      });
      const pairs = await call<Program>(
        "POST",
        "/api/programs",
        JSON.stringify({ name: `Bücher ${stamp}`, kind: "one-to-one" }),
      );

      const admin = await context.newPage();
      await signIn(admin, ADMIN);

      await admin.goto(`${baseUrl}/admin/programs/${groups.id}/groups`);
      await admin.getByRole("heading", { name: `Gruppen für ${groups.name}` }).waitFor();
      await admin.getByRole("button", { name: "Gruppen bilden" }).click();
      await admin.getByText(/^\d+ Gruppen? vorgeschlagen\.$/).waitFor();
      await admin.getByRole("button", { name: "Veröffentlichen" }).waitFor();
      await admin.getByText("Vorgeschlagen", { exact: true }).first().waitFor();
      await expectNoEnglish(admin, ["Form groups", "Mentees per group", "proposed.", "Shared interests:"]);

      await admin.goto(`${baseUrl}/admin/programs/${reverse.id}/rotation`);
      await admin.getByRole("heading", { name: `Rotation für ${reverse.name}` }).waitFor();
      await admin.getByText("Die Rotation ist noch nicht geplant.").waitFor();
      await admin.getByRole("button", { name: "Rotation planen" }).click();
      await admin.getByText(/^\d+ Zyklen? geplant\.$/).waitFor();
      await admin.getByRole("heading", { name: "Zeitplan" }).waitFor();
      await admin.getByRole("heading", { name: "Zwei Personen tauschen" }).waitFor();
      await admin.getByRole("button", { name: "Rotation pausieren" }).waitFor();
      await expectNoEnglish(admin, ["Plan again", "Swap two people", "Pause the rotation", "in cycles of"]);

      await admin.goto(`${baseUrl}/admin/programs/${pairs.id}/training`);
      await admin.getByRole("heading", { name: `Schulung für ${pairs.name}` }).waitFor();
      await admin.getByRole("button", { name: "Neues Modul" }).click();
      await admin.getByRole("heading", { name: "Neues Modul" }).waitFor();
      await admin.getByRole("button", { name: "Frage hinzufügen" }).waitFor();
      await expectNoEnglish(admin, ["New module", "Add a question", "Required before matching"]);

      await admin.goto(`${baseUrl}/admin/programs/${pairs.id}/library`);
      await admin.getByRole("heading", { name: `Bibliothek von ${pairs.name}` }).waitFor();
      await admin.getByRole("heading", { name: "Zur Bibliothek hinzufügen" }).waitFor();
      await admin.getByText("Noch keine Einträge").waitFor();
      await expectNoEnglish(admin, ["Add to the library", "No entries yet", "Newest first"]);
    } finally {
      // The admin's choice would carry into a later run of this file.
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });
});
