/**
 * Roulette, a program's chat channel and the SCIM tokens in German: a German-reading person opts in to
 * roulette and answers their pair's page; a German-reading admin sees the channel settings and makes
 * and revokes a SCIM token. Every page speaks German, with none of its English left.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { DESKTOP, PHONE, adminApi, baseUrl, dayFromNow, signIn, useBrowser, tickUntilMail } from "./harness";
import type { Program } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
const ADMIN = adminOf("tools-german");
const GERMAN = JSON.stringify({ uiLanguage: "de" });

/** The English of the page's own catalog that must not show once it speaks German. */
async function noEnglish(page: Page, english: string[]) {
  const text = await page.locator("main").innerText();
  expect(english.filter((words) => text.includes(words))).toEqual([]);
}

describe("roulette, the chat channel and SCIM tokens in German", () => {
  it("take a German-reading person from opting in to roulette to saying they met", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      program: { name: `Kaffee ${Date.now()}`, kind: "peer", startsOn: dayFromNow(-1) },
      people: {
        rosa: "Rosa Roulette,both,Sales,Analyst,Berlin,UTC,,,de",
        ravi: "Ravi Roulette,both,Legal,Analyst,Berlin,UTC,,,de",
      },
    });
    await call("PUT", `/api/programs/${program.id}/roulette`, JSON.stringify({ enabled: true }));
    await (
      await adminApi(emails.rosa)
    )("PATCH", "/api/me", GERMAN);

    const context = await browser().newContext({ viewport: PHONE, locale: "en-US" });
    const rosa = await context.newPage();
    await signIn(rosa, emails.rosa);
    await rosa.goto(`${baseUrl}/roulette/${program.id}`);
    await rosa.getByRole("heading", { name: `Roulette: ${program.name}` }).waitFor();
    await rosa.getByText(/^Jede Runde bringt dich für eine halbe Stunde mit jemand Neuem zusammen\./).waitFor();
    await rosa.getByLabel("Wie oft").selectOption("1");
    await rosa.getByRole("status").filter({ hasText: "Gespeichert." }).waitFor();
    expect(await rosa.getByRole("option", { name: "Alle zwei Wochen" }).count()).toBe(1);
    await rosa.getByRole("button", { name: "Die nächste Runde aussetzen" }).click();
    await rosa.getByText(/, ohne dich: Du setzt sie aus\.$/).waitFor();
    await noEnglish(rosa, ["Roulette in", "Every round", "How often", "Skip the next round", "Take part", "Pause"]);
    await rosa.getByRole("button", { name: "An der nächsten Runde teilnehmen" }).click();
    await rosa.getByRole("button", { name: "Die nächste Runde aussetzen" }).waitFor();

    const ravi = await adminApi(emails.ravi);
    await ravi("PUT", `/api/me/enrollments/${program.id}/roulette`, JSON.stringify({ cadenceWeeks: 2 }));
    const before = Date.now();
    const intro = await tickUntilMail(emails.rosa, /Ravi Roulette/, { after: before - 60_000 });
    await rosa.goto(intro.links.find((l) => l.includes("/roulette/pairs/"))!);
    await rosa.getByRole("heading", { name: "Du und Ravi Roulette" }).waitFor();
    await rosa.getByRole("heading", { name: "Nächste Runden" }).waitFor();
    await rosa.getByRole("button", { name: "Wir haben uns getroffen" }).click();
    await rosa.getByRole("status").filter({ hasText: "Notiert: Ihr habt euch getroffen." }).waitFor();
    await rosa.getByRole("group", { name: "Wie war es? (optional, nur die Organisatoren sehen es)" }).waitFor();
    await noEnglish(rosa, ["You and", "We met", "Noted", "How was it", "Next rounds", "Skip the next round"]);
    await context.close();
  }, 120_000);

  it("show an admin who reads German the chat channel settings and the SCIM tokens", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const program = await call<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Kanal ${stamp}`, kind: "one-to-one" }),
    );
    await call("PATCH", "/api/me", GERMAN);
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      await page.goto(`${baseUrl}/admin/programs/${program.id}`);
      const channel = page.getByRole("region", { name: "Slack- oder Teams-Kanal" });
      await channel.getByText("Tandem postet in keinen Kanal.").waitFor();
      await channel.getByLabel("URL des eingehenden Webhooks").waitFor();
      await channel.getByRole("button", { name: "Webhook speichern" }).waitFor();
      expect(await channel.innerText()).not.toMatch(/Slack or Teams|Not posting|Incoming webhook URL|Save webhook/);

      await page.goto(`${baseUrl}/admin/provisioning`);
      await page.getByRole("heading", { name: "Bereitstellung (SCIM)" }).waitFor();
      // Another file may have made (and revoked) a token before this one.
      const tokens = page.getByRole("list", { name: "SCIM-Tokens" });
      await page.getByText("Noch keine Tokens").or(tokens).waitFor();
      await page.getByLabel("Name des neuen Tokens").fill(`Entra ${stamp}`);
      await page.getByRole("button", { name: "Token erstellen" }).click();
      await page.getByLabel("Kopiere es jetzt: Es wird nicht noch einmal angezeigt").waitFor();
      const mine = tokens.getByRole("listitem").filter({ hasText: `Entra ${stamp}` });
      await mine.getByText(/^Erstellt .+; nie benutzt$/).waitFor();
      await mine.getByRole("button", { name: "Widerrufen" }).click();
      const dialog = page.getByRole("dialog", { name: `„Entra ${stamp}“ widerrufen?` });
      await dialog.getByRole("button", { name: "Widerrufen" }).click();
      await mine.getByText(/^Widerrufen .+/).waitFor();
      await noEnglish(page, ["Provisioning (SCIM)", "Make a token", "Copy it now", "never used", "Revoke"]);
    } finally {
      // The admin's choice would carry into their next test, which may read English.
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  }, 120_000);
});
