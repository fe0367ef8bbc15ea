/**
 * The admin's program pages in German: the program list, a new and an existing program, its
 * participants, the organisation's settings and the audit log speak German, and none of them shows a
 * word of the programs, organisation or audit catalogs' English.
 */
import { describe, expect, it } from "vitest";
import auditDe from "../../web/src/features/audit/locales/de.json";
import auditEn from "../../web/src/features/audit/locales/en.json";
import organisationDe from "../../web/src/features/organisation/locales/de.json";
import organisationEn from "../../web/src/features/organisation/locales/en.json";
import programsDe from "../../web/src/features/programs/locales/de.json";
import programsEn from "../../web/src/features/programs/locales/en.json";
import { adminOf } from "./admins";
import { englishLeftovers } from "./english-leftovers";
import { DESKTOP, adminApi, baseUrl, signIn, useBrowser, type Program } from "./harness";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address.
const ADMIN = adminOf("programs-german");
const CATALOGS = [
  { en: programsEn, de: programsDe },
  { en: organisationEn, de: organisationDe },
  { en: auditEn, de: auditDe },
];
const leftovers = (page: Parameters<typeof englishLeftovers>[0]) => englishLeftovers(page, CATALOGS);

describe("the program pages in German", () => {
  it("speak German to an admin, from the program list to the audit log", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const name = `Sprachprogramm ${stamp}`;
    const program = await call<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name, kind: "one-to-one", startsOn: "2027-03-01", endsOn: "2027-08-31" }),
    );
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      // In English, the check finds the catalog's words: it would find any left on a German page.
      await page.goto(`${baseUrl}/admin/programs/${program.id}/participants`);
      await page.getByRole("heading", { name: `Participants of ${name}` }).waitFor();
      expect(await leftovers(page)).toEqual(expect.arrayContaining(["Overview", "Import people"]));
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: "de" }));

      await page.goto(`${baseUrl}/admin/programs`);
      await page.getByRole("heading", { name: "Programme", exact: true }).waitFor();
      await page.getByRole("link", { name: "Neues Programm" }).waitFor();
      await page.getByRole("columnheader", { name: "Art" }).waitFor();
      await page.getByRole("cell", { name: "Eins-zu-eins" }).first().waitFor();
      await page.getByRole("link", { name: `Ansehen Teilnehmende von ${name}` }).waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/admin/programs/new`);
      await page.getByRole("heading", { name: "Neues Programm" }).waitFor();
      await page.getByLabel("Ausgangspunkt").waitFor();
      await page.getByRole("group", { name: "Profilfelder, die das Anmeldeformular abfragt" }).waitFor();
      await page.getByRole("button", { name: "Programm erstellen" }).waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/admin/programs/${program.id}`);
      await page.getByRole("heading", { name, exact: true }).waitFor();
      await page
        .getByRole("navigation", { name: "Seiten des Programms" })
        .getByRole("link", { name: "Übersicht" })
        .waitFor();
      await page.getByRole("heading", { name: "Geteilter Anmeldelink" }).waitFor();
      await page.getByRole("heading", { name: "Mentoring-Vereinbarung" }).waitFor();
      await page.getByRole("button", { name: "Änderungen speichern" }).waitFor();
      await page.getByRole("button", { name: "Link erneuern" }).click();
      const dialog = page.getByRole("dialog", { name: "Einen neuen Link erstellen?" });
      await dialog.getByText("Der aktuelle Link funktioniert dann für niemanden mehr, der ihn hat.").waitFor();
      expect(await leftovers(page)).toEqual([]);
      await dialog.getByRole("button", { name: "Abbrechen" }).click();
      await dialog.waitFor({ state: "hidden" });

      await page.goto(`${baseUrl}/admin/programs/${program.id}/participants`);
      await page.getByRole("heading", { name: `Teilnehmende von ${name}` }).waitFor();
      await page.getByRole("search").getByLabel("Suche").waitFor();
      await page.getByText("Noch keine Teilnehmenden").waitFor();
      await page.getByRole("heading", { name: "Leute importieren" }).waitFor();
      await page.getByRole("link", { name: "Teilnehmende als CSV herunterladen" }).waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/admin/organisation`);
      await page.getByRole("heading", { name: "Organisation" }).waitFor();
      await page.getByLabel("Akzentfarbe", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Speichern" }).waitFor();
      expect(await leftovers(page)).toEqual([]);

      await page.goto(`${baseUrl}/admin/audit`);
      await page.getByRole("heading", { name: "Prüfprotokoll" }).waitFor();
      const table = page.getByRole("table", { name: "Prüfprotokoll, das Neueste zuerst" });
      await table.getByRole("rowheader", { name: "Programm: erstellt" }).first().waitFor();
      expect(await leftovers(page)).toEqual([]);
    } finally {
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });
});
