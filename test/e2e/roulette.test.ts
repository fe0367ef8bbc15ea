/**
 * Roulette in real Chromium on a phone: in a peer program whose organisers switched roulette on, a
 * person opts in from their roulette page (every week), a colleague opts in too, the clock writes and
 * introduces the round, and the introduction's link opens the pair's page, where one click says "we
 * met" and another rates it; the organisers see the pair met. Axe checks both pages at 390 px.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { PHONE, adminApi, baseUrl, checkA11y, dayFromNow, signIn, useBrowser, tickUntilMail } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
type Round = { round: number; pairs: { id: string; personIds: string[]; met: boolean | null }[] };

describe("roulette", () => {
  it("takes a person on a phone from opting in to saying they met", async () => {
    const call = await adminApi(adminOf("roulette"));
    const { program, emails } = await seedProgram(call, {
      program: { name: `Coffee ${Date.now()}`, kind: "peer", startsOn: dayFromNow(-1) },
      people: {
        rosa: "Rosa Roulette,both,Sales,Analyst,Berlin,UTC,,,en",
        ravi: "Ravi Roulette,both,Legal,Analyst,Berlin,UTC,,,en",
      },
    });
    await call("PUT", `/api/programs/${program.id}/roulette`, JSON.stringify({ enabled: true }));

    // Rosa opts in on her phone, every week.
    const context = await browser().newContext({ viewport: PHONE });
    const rosa = await context.newPage();
    await signIn(rosa, emails.rosa);
    await rosa.goto(`${baseUrl}/roulette/${program.id}`);
    await rosa.getByRole("heading", { name: `Roulette in ${program.name}` }).waitFor();
    await rosa.getByLabel("How often").selectOption("1");
    await rosa.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await expect.poll(() => rosa.getByLabel("How often").inputValue()).toBe("1");
    await checkA11y(rosa, "the roulette page (390 px)");

    // Ravi opts in too; the clock writes the round, then introduces it.
    const ravi = await adminApi(emails.ravi);
    await ravi("PUT", `/api/me/enrollments/${program.id}/roulette`, JSON.stringify({ cadenceWeeks: 2 }));
    const before = Date.now();
    const intro = await tickUntilMail(emails.rosa, /meet Ravi Roulette/, { after: before - 60_000 });

    // The mail's link: "we met", then a rating, no sign-in needed.
    await rosa.goto(intro.links.find((l) => l.includes("/roulette/pairs/"))!);
    await rosa.getByRole("heading", { name: "You and Ravi Roulette" }).waitFor();
    await rosa.getByRole("button", { name: "We met" }).click();
    await rosa.getByRole("status").filter({ hasText: "Noted: you met." }).waitFor();
    await rosa.getByRole("button", { name: "5" }).click();
    await expect.poll(() => rosa.getByRole("button", { name: "5" }).getAttribute("aria-pressed")).toBe("true");
    await checkA11y(rosa, "the roulette pair page (390 px)");
    expect(await rosa.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();

    const [round] = await call<Round[]>("GET", `/api/programs/${program.id}/roulette/rounds`);
    expect(round!.pairs).toHaveLength(1);
    expect(round!.pairs[0]!.met).toBe(true);
  }, 120_000);
});
