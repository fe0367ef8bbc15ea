// `npm run lighthouse`: builds the app, starts it on a fresh local database as the browser tests do,
// and runs Lighthouse (mobile) on the join, dashboard, event and insights pages as the people who use
// them. Prints each page's four scores and exits 1 when one is under its target.
import * as chromeLauncher from "chrome-launcher";
import { mkdirSync, writeFileSync } from "node:fs";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import setup from "../test/e2e/global-setup.ts";
import { setTheStage } from "../test/e2e/stage.ts";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 90 };
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
// The system Chromium: nothing is downloaded.
process.env.CHROME_PATH ??= "/usr/bin/chromium";

let baseUrl = "";
console.log("Building and starting Tandem on a fresh database…");
// The setup provides more than the app's address (the test identity provider's, too): take the one.
const teardown = await setup({ provide: (key, value) => key === "baseUrl" && (baseUrl = value) });
let chrome;
let failed = false;
try {
  const stage = await setTheStage(baseUrl, "admin@example.com");
  const pages = [
    { name: "join", url: stage.programs.oneToOne.signupUrl },
    { name: "dashboard", url: `${baseUrl}/dashboard`, as: stage.mentee },
    { name: "event", url: stage.event.joinUrl, as: stage.mentee },
    {
      name: "insights",
      url: `${baseUrl}/admin/programs/${stage.programs.buddies.id}/insights`,
      as: stage.admin,
    },
  ];
  chrome = await chromeLauncher.launch({
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  // A real cookie in the browser rather than a header, so the event page's WebSocket carries it too.
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const cookies = cdp.contexts()[0];
  const rows = [];
  for (const page of pages) {
    await cookies.clearCookies();
    if (page.as) {
      const { hostname } = new URL(baseUrl);
      await cookies.addCookies([{ ...page.as.cookie, domain: hostname, path: "/", secure: true, httpOnly: true }]);
    }
    const results = [];
    for (let run = 0; run < RUNS; run++) {
      results.push(
        await lighthouse(page.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: Object.keys(TARGETS),
        }),
      );
    }
    // The run with the median performance, as Lighthouse's own advice on variance has it.
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const result = results[Math.floor(RUNS / 2)];
    const { categories, audits } = result.lhr;
    if (process.env.LIGHTHOUSE_REPORTS) {
      mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
      writeFileSync(`${process.env.LIGHTHOUSE_REPORTS}/${page.name}.json`, result.report);
    }
    const row = { page: page.name };
    for (const [id, target] of Object.entries(TARGETS)) {
      const score = Math.round((categories[id].score ?? 0) * 100);
      row[id] = score;
      if (score < target) {
        failed = true;
        // Name what cost the points, so a low score says where to look.
        const lost = categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .map((ref) => `${ref.id}${audits[ref.id].displayValue ? ` (${audits[ref.id].displayValue})` : ""}`);
        console.log(`${page.name}: ${id} ${score} < ${target}: ${lost.join(", ")}`);
      }
    }
    row.TBT = audits["total-blocking-time"].displayValue;
    row.LCP = audits["largest-contentful-paint"].displayValue;
    rows.push(row);
  }
  console.table(rows);
  console.log(
    `Targets: ${Object.entries(TARGETS)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  chrome?.kill();
  await teardown();
}
process.exit(failed ? 1 : 0);
