/**
 * Reverse mentoring in real Chromium: the admin plans a rotation for a term already under way, sees
 * the pairs, tries swaps, plans a late joiner in, and pauses and resumes; the clock starts cycle 1
 * (through the development clock, where the app has one); a junior on a phone sees their partner on
 * the dashboard, gets the invite, and rates the cycle. Axe checks the pages, also at 390 px.
 */
import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { RotationSchema } from "../../workers/features/rotations/schemas";

type Rotation = z.infer<typeof RotationSchema>;
import {
  DESKTOP,
  PHONE,
  adminApi,
  baseUrl,
  checkA11y,
  checkBothWidths,
  dayFromNow,
  signIn,
  tickNow,
  useBrowser,
} from "./harness";
import { peopleCsv } from "../seed-csv";
import { adminOf } from "./admins";
import { seedProgram } from "./seed";

const ADMIN = adminOf("rotation");

const day = dayFromNow;

const browser = useBrowser();

describe("reverse-mentoring rotations", () => {
  it("takes an admin from planning to pausing, and a junior from their partner to rating the cycle", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const e = (who: string) => `${who}.${stamp}@example.com`;
    const { program, emails } = await seedProgram(call, {
      program: {
        name: `Reverse ${stamp}`,
        kind: "reverse",
        startsAt: day(-3),
        endsAt: day(60),
        cycleWeeks: 2,
        skills: ["ai tools"],
      },
      people: {
        june: "June Junior,junior,Sales,Analyst,Berlin,Europe/Berlin,,,en,ai tools:3,",
        jules: "Jules Junior,junior,Legal,Analyst,Berlin,Europe/Berlin,,,en,ai tools:3,",
        sam: "Sam Senior,senior,Legal,Analyst,Berlin,Europe/Berlin,,,en,,ai tools:1",
        sara: "Sara Senior,senior,Sales,Analyst,Berlin,Europe/Berlin,,,en,,ai tools:1",
      },
      stamp,
    });

    // The admin opens the rotation from the program page and plans it.
    const adminContext = await browser().newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    await signIn(admin, ADMIN);
    await admin.goto(`${baseUrl}/admin/programs/${program.id}`);
    await admin.getByRole("link", { name: "Rotation", exact: true }).click();
    await admin.getByRole("heading", { name: `Rotation for ${program.name}` }).waitFor();
    await admin.getByText("The rotation is not planned yet.").waitFor();
    await admin.getByRole("button", { name: "Plan the rotation" }).click();
    await admin
      .getByRole("status")
      .filter({ hasText: /cycles? planned/ })
      .waitFor();
    await admin.getByRole("button", { name: "Plan again" }).waitFor();
    const cycle1 = admin.getByRole("list", { name: "Pairs in cycle 1" });
    await expect.poll(() => cycle1.getByRole("listitem").count()).toBe(2);
    await expect.poll(() => cycle1.innerText()).toMatch(/Junior → \w+ Senior[\s\S]*Junior → \w+ Senior/);
    await checkBothWidths(admin, "the rotation page");

    // In cycle 2, June and Jules trading places would repeat cycle 1's pairs: refused, and said why.
    const swap = admin.getByRole("form", { name: "Swap two people" });
    const trySwap = async (cycle: string) => {
      await swap.getByLabel("Cycle").selectOption(cycle);
      await swap.getByLabel("Person", { exact: true }).selectOption({ label: "June Junior" });
      await swap.getByLabel("Trades places with").selectOption({ label: "Jules Junior" });
      await swap.getByRole("button", { name: "Swap" }).click();
    };
    await trySwap("2");
    await swap
      .getByRole("alert")
      .filter({ hasText: "That would pair two people who meet in another cycle." })
      .waitFor();
    // In the last cycle it may be done or refused, depending on the plan: either way it is said.
    await trySwap((await swap.getByLabel("Cycle").locator("option").last().getAttribute("value"))!);
    await swap
      .locator(".status")
      .filter({ hasText: /traded places in cycle|meet in another cycle/ })
      .waitFor();

    // A senior who joins late is in no cycle until the rotation is planned again.
    const late = peopleCsv([["sol", "Sol Senior,senior,Finance,Analyst,Berlin,Europe/Berlin,,,en,,ai tools:2"]], {
      sol: e("sol"),
    });
    await call("POST", `/api/programs/${program.id}/people/import`, late, "text/csv");
    await admin.reload();
    await admin.getByText("1 person joined after planning: plan again to add them.").waitFor();
    await admin.getByRole("button", { name: "Plan again" }).click();
    await admin
      .getByRole("status")
      .filter({ hasText: /cycles? planned/ })
      .waitFor();
    await expect.poll(() => admin.getByText(/plan again to add them/).count()).toBe(0);
    await expect.poll(() => admin.getByRole("main").innerText()).toContain("Sol Senior");

    await admin.getByRole("button", { name: "Pause the rotation" }).click();
    await admin.getByRole("status").filter({ hasText: "The rotation is paused." }).waitFor();
    await admin.getByText("The rotation is paused.", { exact: true }).first().waitFor();
    await admin.getByRole("button", { name: "Resume the rotation" }).click();
    await admin.getByRole("status").filter({ hasText: "The rotation runs again." }).waitFor();
    await admin.getByRole("button", { name: "Pause the rotation" }).waitFor();

    // The term began three days ago, so the clock's next tick starts cycle 1.
    await tickNow();
    const plan = await call<Rotation>("GET", `/api/programs/${program.id}/rotations`);
    const juneId = plan.people.find((p) => p.name === "June Junior")!.id;
    const nameOf = (id: string) => plan.people.find((p) => p.id === id)!.name;
    const seniorsOf = (c: Rotation["cycles"][number]) => c.pairs.find((p) => p.juniorId === juneId)!.seniorIds;
    const partnerIn = (c: Rotation["cycles"][number]) => nameOf(seniorsOf(c)[0]!);
    expect(plan.cycles[0]!.status).toBe("under way");
    await admin.reload();
    await admin.getByRole("listitem").filter({ hasText: "Cycle 1" }).getByText("under way").waitFor();
    await adminContext.close();

    // June, on a phone, sees her partner and who is next.
    const juneContext = await browser().newContext({ viewport: PHONE });
    const june = await juneContext.newPage();
    await signIn(june, emails.june);
    const card = june.getByRole("region", { name: `Reverse mentoring: ${program.name}` });
    await card.waitFor();
    await card.getByText(partnerIn(plan.cycles[0]!), { exact: true }).waitFor();
    const invite = card.getByRole("link", { name: "Add the first meeting to your calendar" });
    const ics = await june.request.get(new URL((await invite.getAttribute("href"))!, baseUrl).href);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*June Junior/);
    await card.getByText(new RegExp(`Cycle 2 \\(.*\\): ${partnerIn(plan.cycles[1]!)}`)).waitFor();
    await card.getByText("(as planned: may change)").waitFor();
    await checkA11y(june, "the dashboard with the rotation card");

    await june.goto(`${baseUrl}/rotations/${program.id}/feedback/99`);
    await june.getByText(/This cycle is not one of yours/).waitFor();

    // A started cycle can be rated: the end-of-cycle email links here.
    {
      await june.goto(`${baseUrl}/rotations/${program.id}/feedback/1`);
      await june.getByRole("heading", { name: "How was cycle 1?" }).waitFor();
      await june.getByRole("button", { name: "Send feedback" }).click();
      await june.getByText("Choose a rating from 1 to 5.").first().waitFor();
      const seniors = seniorsOf(plan.cycles[0]!).map(nameOf);
      for (const name of seniors) {
        const group = june.getByRole("group", { name: `How useful was your time with ${name}?` });
        await group.getByLabel("4 — useful").check();
        await group.getByLabel("Anything to add? (optional)").fill("Good prompts for the team");
      }
      await checkBothWidths(june, "the feedback page");
      await june.getByRole("button", { name: "Send feedback" }).click();
      await june.getByRole("status").filter({ hasText: "Thank you: your feedback is saved." }).waitFor();
    }
    await juneContext.close();
  });

  it("sends someone signed out from the feedback link to sign in, and remembers to come back", async () => {
    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/rotations/some-program/feedback/2`);
    await page.waitForURL(/\/signin/);
    expect(await page.evaluate(() => localStorage.getItem("tandem.returnTo"))).toBe(
      "/rotations/some-program/feedback/2",
    );
    await context.close();
  });
});
