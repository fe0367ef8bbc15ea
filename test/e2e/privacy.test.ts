/**
 * A participant's data rights in real Chromium: the profile page downloads their data (a JSON file and
 * their meetings' calendar file), and erasing the account asks first in the app's dialog, spelling out
 * what it does, then signs them out onto the privacy notice.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { PHONE, adminApi, baseUrl, checkA11y, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();

describe("your data", () => {
  it("is downloaded from the profile, and the account erased after the dialog", async () => {
    const call = await adminApi(adminOf("privacy"));
    const { emails } = await seedProgram(call, {
      program: { name: `Rights ${Date.now()}`, kind: "one-to-one" },
      people: { erin: "Erin Eraser,mentee" },
    });

    const context = await browser().newContext({ viewport: PHONE, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, emails.erin);
    await page.goto(`${baseUrl}/profile`);
    await page.getByRole("heading", { name: "Your data" }).waitFor();
    await checkA11y(page, "the profile with its data section");

    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole("button", { name: "Download my data" }).click();
    await page.getByText("Downloaded tandem-export.json and tandem-meetings.ics.").waitFor();
    expect(downloads).toEqual(["tandem-export.json", "tandem-meetings.ics"]);

    await page.getByRole("button", { name: "Erase my account" }).click();
    const dialog = page.getByRole("dialog", { name: "Erase your account?" });
    await dialog.getByText(/Your partners are told that you left Tandem/).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Erase my account" }).click();
    await dialog.getByRole("button", { name: "Erase my account" }).click();
    await page.waitForURL(/\/privacy\?erased=1/);
    await page.getByText("Your account is erased.").waitFor();
    await page.getByRole("link", { name: "your profile page" }).waitFor();
    await checkA11y(page, "the privacy notice");
    const session = await page.evaluate(() => fetch("/api/session").then((r) => r.json()));
    expect(session).toEqual({ person: null });
    await context.close();
  });
});
