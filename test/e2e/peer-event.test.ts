/**
 * A peer event in real Chromium, run from a phone: the host creates it through the form (no mentees per
 * table, no roles), two people register through the link without choosing a role, a walk-in is added
 * without one, a no-show is marked, and the plan pairs everyone; then Next takes everyone through a
 * break to round 2, and someone leaving early is re-planned out of the rounds to come.
 */
import { describe, expect, it } from "vitest";
import { PHONE, adminApi, checkA11y, checkBothWidths, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("peer");

const browser = useBrowser();

describe("peer events", () => {
  it("pair everyone without roles, run from the host's phone", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const e = (who: string) => `${who}.${stamp}@example.com`;
    const { emails } = await seedProgram(call, {
      program: { name: `Peers ${stamp}`, kind: "peer" },
      people: {
        pia: "Pia Peer,mentee,Engineering,Engineer,Berlin,Europe/Berlin,3,,en",
        pete: "Pete Peer,mentee,Sales,Associate,Berlin,Europe/Berlin,2,,en",
        nora: "Nora Noshow,mentee,Legal,Counsel,Berlin,Europe/Berlin,4,,en",
      },
      stamp,
    });

    // The host creates the event on a phone.
    const hostContext = await browser().newContext({ viewport: PHONE });
    const host = await hostContext.newPage();
    await signIn(host, ADMIN);
    await host.goto(new URL("/host/events/new", host.url()).href);
    await host.getByLabel("Peer", { exact: true }).check();
    await expect.poll(() => host.getByLabel("Mentees per table").count()).toBe(0);
    await checkBothWidths(host, "the new-event form for a peer event");
    const title = `Peer roulette ${stamp}`;
    await host.getByLabel("Title").fill(title);
    await host.getByLabel("Starts at").fill("2027-05-06T09:00");
    await host.getByLabel("Minutes per round").fill("4");
    await host.getByLabel("Minutes between rounds").fill("1");
    await host.getByLabel("Tables for two").fill("3");
    await host.getByRole("button", { name: "Create event" }).click();
    await host.getByRole("heading", { name: title }).waitFor();
    const joinUrl = await host.locator(".ev-link a").innerText();

    // Three register through the link, with no role to choose.
    const phones = [];
    for (const who of ["pia", "pete", "nora"] as const) {
      const context = await browser().newContext({ viewport: PHONE });
      const page = await context.newPage();
      await signIn(page, emails[who]);
      await page.goto(joinUrl);
      await page.getByText("Everyone meets everyone, one person a round: no roles.").waitFor();
      await page.getByRole("heading", { name: "Register" }).waitFor();
      expect(await page.getByRole("group", { name: "I join as" }).count()).toBe(0);
      await page.getByRole("button", { name: "Register" }).click();
      await page.getByText("You are registered.").waitFor();
      phones.push(page);
    }
    const [pia, pete] = phones as [(typeof phones)[0], (typeof phones)[0]];
    await checkA11y(pia, "a peer event's page, registered");

    // The host checks two in, marks the third a no-show, and adds a walk-in (no role field).
    await host.reload();
    await host.getByRole("button", { name: "Check in Pia Peer" }).click();
    await host.getByRole("button", { name: "Check in Pete Peer" }).click();
    await host.getByRole("button", { name: "No-show Nora Noshow" }).click();
    await host.getByText("No-show", { exact: true }).waitFor();
    await host.getByText("Add a walk-in").click();
    expect(await host.getByLabel("Role").count()).toBe(0);
    await host.getByLabel("Name").fill("Wes Walk-In");
    await host.getByLabel("Work email").fill(e("wes"));
    await host.getByRole("button", { name: "Check in walk-in" }).click();
    await host.getByText("Wes Walk-In is checked in.").waitFor();
    await host.getByText("4 registered · 3 checked in", { exact: true }).waitFor();

    // Three people: three rounds, one pair and one break each round.
    await host.getByRole("button", { name: "Make the plan" }).click();
    const plan = host.getByRole("region", { name: "Plan, rounds by tables" });
    await expect.poll(() => plan.locator("tbody tr").count()).toBe(3);
    await checkBothWidths(host, "the host's peer event with the plan");

    await host.getByRole("button", { name: "Start" }).click();
    await host.getByRole("status").filter({ hasText: "Round 1 of 3" }).waitFor();
    for (const page of [pia, pete])
      await page.getByRole("heading", { name: "Round 1 of 3" }).waitFor({ timeout: 10_000 });
    // In round 1 at least one of Pia and Pete has a partner; whoever has one sees a name.
    const seated = async () =>
      (await Promise.all([pia, pete].map((p) => p.getByRole("list", { name: "Whom you meet" }).count()))).some(
        (n) => n > 0,
      );
    await expect.poll(seated, { timeout: 10_000 }).toBe(true);

    // Next: the break, then round 2, on every phone.
    await host.getByRole("button", { name: "Next" }).click();
    await pia.getByRole("heading", { name: "Break after round 1" }).waitFor({ timeout: 10_000 });
    await pete.getByRole("heading", { name: "Break after round 1" }).waitFor({ timeout: 10_000 });
    await host.getByRole("button", { name: "Next" }).click();
    await pia.getByRole("heading", { name: "Round 2 of 3" }).waitFor({ timeout: 10_000 });
    await checkA11y(pia, "a peer event's page during a round");

    // Wes leaves early: round 3 is planned again without him.
    const firstRound = await plan.locator("tbody tr").first().innerText();
    await host.getByRole("button", { name: "Left early Wes Walk-In" }).click();
    await host.getByRole("button", { name: "Plan again" }).click();
    await expect.poll(() => plan.locator("tbody tr").last().innerText()).not.toMatch(/Wes Walk-In/);
    expect(await plan.locator("tbody tr").first().innerText()).toBe(firstRound); // played: kept

    await host.getByRole("button", { name: "End" }).click();
    await pia.getByRole("heading", { name: "Finished" }).waitFor({ timeout: 10_000 });
  });
});
