/**
 * Importing a company of 300 from the participants page in real Chromium: the file is larger than an
 * import done within the request, so it goes through the import queue; the page shows its progress,
 * then the result with a per-row download, and the people are in the table and welcomed; the welcome
 * mails' progress shows on the panel and, as a bulk send, on Mail problems.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { baseUrl, checkA11y, signIn, useBrowser, waitForMail } from "./harness";

const ADMIN = adminOf("import");
const FILE = fileURLToPath(new URL("../fixtures/company-300.csv", import.meta.url));
const browser = useBrowser();

describe("importing people on the participants page", () => {
  it("imports a 300-person file in the background, with progress, the result and its download", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    const consoleErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    const created = await page.evaluate(async (name) => {
      const res = await fetch("/api/programs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, kind: "one-to-one", skills: ["public speaking"] }),
      });
      return res.json();
    }, `Import ${Date.now()}`);

    await page.goto(`${baseUrl}/admin/programs/${created.id}/participants`);
    await page.getByText("No participants yet").waitFor();
    // The empty list points to the import form where the page has it.
    const pointer = page.getByText(/import people from your HR system as a CSV (above|below)/);
    const importForm = page.getByRole("heading", { name: "Import people" });
    const below = (await importForm.boundingBox())!.y > (await pointer.boundingBox())!.y;
    expect(await pointer.textContent()).toContain(below ? "below" : "above");
    await page.getByLabel("CSV file").setInputFiles(FILE);
    const started = Date.now();
    await page.getByRole("button", { name: "Import" }).click();
    // The progress shows while the queue works (from the upload's answer, then every poll).
    await page.getByText(/Importing: \d+ of 300 rows/).waitFor();
    expect(await page.getByRole("progressbar").getAttribute("max")).toBe("300");
    await page
      .getByText("Imported 300: 300 new, 0 updated, 0 already in Tandem enrolled with their profiles unchanged.")
      .waitFor();
    await checkA11y(page, "participants page after an import");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the result (CSV)" }).click(),
    ]);
    const result = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\r\n");
    expect(result[0]).toBe("row,email,result");
    expect(result).toHaveLength(301);
    expect(result[1]).toBe("2,carmen.nguyen.0@example.com,created");
    expect(result.slice(1).every((l) => l.endsWith(",created"))).toBe(true);

    // The table reloads with the people in it, and each is welcomed.
    await page.getByText("Showing 1–25 of 300").waitFor();
    await page.getByLabel("Search").fill("carmen.nguyen.0@");
    await page.getByRole("cell", { name: "carmen.nguyen.0@example.com" }).waitFor();
    await waitForMail("carmen.nguyen.0@example.com", /^Welcome to Import/, { after: started });

    // The welcome mails go out on the bulk lane at the provider's pace; the panel follows them.
    await page.getByText("300 of 300 welcome mails sent").waitFor({ timeout: 30_000 });
    // Mail problems shows the lanes by kind and the import's welcomes as a bulk send with its progress.
    await page.goto(`${baseUrl}/admin/mail`);
    await page.getByRole("heading", { name: "Mail by lane" }).waitFor();
    await page
      .getByRole("row", { name: /Bulk .* welcome/ })
      .first()
      .waitFor();
    const send = page.getByRole("listitem").filter({ hasText: `Welcome mails for ${created.name}` });
    await send.getByText("300 of 300 mails sent").waitFor();
    await checkA11y(page, "mail problems with the lanes and bulk sends");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
