/**
 * A program's outcomes in real Chromium: the admin opens the Outcomes tab (nothing uploaded yet),
 * uploads an HR file with one bad row (the row and its reason are listed, nothing is stored), fixes it
 * and uploads again, then reads the cohort's rates beside everyone else's, a hidden one explained,
 * picks the cohort and downloads the table as CSV. Axe checks the page, also at 390 px.
 */
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { DESKTOP, adminApi, baseUrl, checkA11y, checkBothWidths, dayFromNow, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("outcomes");
const browser = useBrowser();

type Outcomes = { filePeople: number };
const file = (rows: string[]) => ({
  name: "outcomes.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(["email,event,date", ...rows].join("\n")),
});

describe("a program's outcomes", () => {
  it("are uploaded whole or not at all and show each cohort beside the baseline", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const e = (who: string, n: number) => `${who}${n}.${stamp}@example.com`;
    const ten = [...Array(10).keys()];
    // Ten participants, all signing up this month: this month is their cohort.
    const { program, emails } = await seedProgram(call, {
      program: { name: `Outcomes program ${stamp}`, kind: "one-to-one" },
      people: Object.fromEntries(ten.map((n) => [`p${n}`, `Person ${n},${n % 2 ? "mentor" : "mentee"}`])),
      stamp,
    });

    const today = dayFromNow(0);
    // Half the participants promoted, half of everyone else moved, one of everyone else gone: its
    // retention (9 of 10) would point at that one person, so it is hidden.
    const rows = [
      ...ten.map((n) => `${emails[`p${n}`]},started,2020-01-06`),
      ...ten.map((n) => `${e("b", n)},started,2020-01-06`),
      ...ten.slice(0, 5).map((n) => `${emails[`p${n}`]},promoted,${today}`),
      ...ten.slice(0, 5).map((n) => `${e("b", n)},moved_internally,${today}`),
      `${e("b", 9)},left_company,${today}`,
    ];

    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.goto(`${baseUrl}/admin/programs/${program.id}/insights`);
    await page.getByRole("navigation", { name: "Program pages" }).getByRole("link", { name: "Outcomes" }).click();
    await page.getByRole("heading", { name: `Outcomes for ${program.name}` }).waitFor();
    await page.getByText("Nothing uploaded yet.").waitFor();
    await checkBothWidths(page, "outcomes before any upload");

    // One bad row: it is listed with its reason, and nothing at all is stored.
    const csv = page.getByLabel("CSV file");
    await csv.setInputFiles(file([...rows, `${e("b", 0)},fired,${today}`]));
    await page.getByRole("button", { name: "Upload" }).click();
    const bad = page.getByRole("listitem").filter({ hasText: `Row ${rows.length + 2} (${e("b", 0)})` });
    await bad.getByText(/event must be one of promoted/).waitFor();
    await page.getByText("1 row(s) have errors; nothing was stored.").waitFor();
    await checkA11y(page, "an upload with a bad row");
    expect((await call<Outcomes>("GET", `/api/programs/${program.id}/outcomes`)).filePeople).toBe(0);
    await page.getByText("Nothing uploaded yet.").waitFor();

    await csv.setInputFiles(file(rows));
    await page.getByRole("button", { name: "Upload" }).click();
    await page.getByText(`Stored ${rows.length} rows about 20 people, ${rows.length} of them new.`).waitFor();
    expect(await bad.count()).toBe(0);

    const month = today.slice(0, 7);
    const table = page.getByRole("table", { name: "Outcomes per cohort" });
    const participants = table.getByRole("row", { name: new RegExp(`^${month} participants`) });
    const baseline = table.getByRole("row", { name: new RegExp(`^${month} everyone else`) });
    expect(await participants.getByRole("cell").allTextContents()).toEqual([
      "10",
      "50% (5 people)",
      "0% (0 people)",
      "100% (10 people)",
      "—",
    ]);
    expect(await baseline.getByRole("cell").allTextContents()).toEqual([
      "10",
      "0% (0 people)",
      "50% (5 people)",
      "hidden (it would describe fewer than 5 people)",
      "—",
    ]);
    await page.getByText(`${month} everyone else: retained (fewer than 5 people without it)`).waitFor();

    // One cohort through the picker: the page asks for that month alone.
    const one = page.waitForResponse((r) => r.url().includes(`/outcomes?cohort=${month}`) && r.ok());
    await page.getByLabel("Cohort", { exact: true }).selectOption(month);
    await one;
    await expect.poll(() => table.getByRole("row").count()).toBe(3);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV of the cohorts' outcomes" }).click(),
    ]);
    const lines = (await readFile((await download.path())!, "utf8")).split("\r\n");
    expect(lines.slice(1)).toEqual([
      `${month},participants,10,50,5,0,0,100,10,`,
      `${month},baseline,10,0,0,50,5,hidden,hidden,`,
    ]);
    await checkBothWidths(page, "a cohort's outcomes");
    await context.close();
  });
});
