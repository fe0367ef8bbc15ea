/**
 * Group mentoring in real Chromium: the admin forms groups under a department rule, moves one person and
 * publishes; a member on a phone opens their group from the dashboard, sets the next meeting, posts a
 * note and drafts what the group learned from it. Axe checks the pages, also at 390 px.
 */
import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { GroupsSchema } from "../../workers/features/groups/schemas";

type Groups = z.infer<typeof GroupsSchema>;
import { DESKTOP, PHONE, adminApi, baseUrl, checkBothWidths, signIn, useBrowser, waitForMail } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("groups");

const browser = useBrowser();

describe("group mentoring", () => {
  it("takes an admin from forming groups to publishing, and a member to their group's page", async () => {
    const call = await adminApi(ADMIN);
    const row = (name: string, role: string, dept: string, offered: string, sought: string) =>
      [name, role, dept, "Analyst", "Berlin", "Europe/Berlin", "", "", "en", offered, sought].join(",");
    const { program } = await seedProgram(call, {
      program: { name: `Circles ${Date.now()}`, kind: "group", skills: ["data analysis", "public speaking"] },
      people: {
        mira: row("Mira Mentor", "mentor", "Sales", "data analysis:3", ""),
        max: row("Max Mentor", "mentor", "Legal", "public speaking:3", ""),
        ada: row("Ada Mentee", "mentee", "Engineering", "", "data analysis:1"),
        ben: row("Ben Mentee", "mentee", "Engineering", "", "data analysis:1"),
        cy: row("Cy Mentee", "mentee", "Engineering", "", "public speaking:1"),
        dee: row("Dee Mentee", "mentee", "Sales", "", "public speaking:1"),
        eli: row("Eli Mentee", "mentee", "Finance", "", "data analysis:1"),
        fay: row("Fay Mentee", "mentee", "Legal", "", "public speaking:1"),
      },
    });

    // The admin opens Groups from the program page and forms groups of three mentees.
    const adminContext = await browser().newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    await signIn(admin, ADMIN);
    await admin.goto(`${baseUrl}/admin/programs/${program.id}`);
    await admin.getByRole("link", { name: "Groups", exact: true }).click();
    await admin.getByRole("heading", { name: `Groups for ${program.name}` }).waitFor();
    await admin.getByLabel("Mentees per group").fill("3");
    await admin.getByLabel("At most this many from one department (optional)").fill("2");
    await admin.getByRole("button", { name: "Form groups" }).click();
    await admin.getByRole("status").filter({ hasText: "2 groups proposed." }).waitFor();
    const cards = admin.getByRole("list", { name: "Groups" }).getByRole("listitem").filter({ hasText: "Why:" });
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => cards.first().innerText()).toMatch(/led by \w+ Mentor/);
    await checkBothWidths(admin, "the proposed groups");

    // One mentee moves from Group 1 to Group 2.
    const plan = await call<Groups>("GET", `/api/programs/${program.id}/groups`);
    const mover = plan.groups[0]!.members.find((m) => m.role === "mentee")!;
    await admin.getByLabel(`Move ${mover.name} to`).selectOption({ label: "Group 2" });
    await admin
      .getByRole("status")
      .filter({ hasText: `${mover.name} moved to Group 2.` })
      .waitFor();
    const moved = await call<Groups>("GET", `/api/programs/${program.id}/groups`);
    expect(moved.groups[1]!.members.map((m) => m.id)).toContain(mover.id);

    await admin.getByRole("button", { name: "Publish", exact: true }).click();
    await admin.getByText("Publish 2 groups? 8 people will get an email").waitFor();
    await admin.getByRole("button", { name: "Publish and email 8 people" }).click();
    await admin.getByRole("status").filter({ hasText: "Published. 8 people emailed." }).waitFor();
    await admin.getByRole("link", { name: "Open the page of Group 2" }).waitFor();
    await checkBothWidths(admin, "the published groups");
    await adminContext.close();

    // The moved mentee, on a phone, has the mail and finds the group on the dashboard.
    await waitForMail(mover.email, /your group is ready/);
    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, mover.email);
    const mine = page.getByRole("region", { name: "My groups" });
    await mine.getByText("No meeting set yet.").waitFor();
    await mine.getByRole("link", { name: "Group 2" }).click();
    await page.getByRole("heading", { name: "Group 2", level: 1 }).waitFor();
    await page.getByRole("list", { name: "Members" }).getByText(mover.name).waitFor();

    await page.getByLabel("When").fill("2027-03-04T10:00");
    await page.getByLabel("Where").fill("https://meet.example.com/group-2");
    await page.getByRole("button", { name: "Save the meeting" }).click();
    await page.getByRole("status").filter({ hasText: "The next meeting is set." }).waitFor();
    await page.getByRole("link", { name: "https://meet.example.com/group-2" }).waitFor();

    await page.getByLabel("Your note").fill("Agenda for Thursday: our first project ideas.");
    await page.getByRole("button", { name: "Post the note" }).click();
    await page.getByRole("status").filter({ hasText: "Your note is posted." }).waitFor();
    const notes = page.getByRole("list", { name: "Notes, newest first" });
    await notes.getByText("Agenda for Thursday: our first project ideas.").waitFor();
    // The notes become a draft of what the group learned; its one writer is its one author.
    await page.getByRole("button", { name: "Draft what we learned" }).click();
    await page.getByRole("link", { name: "What we learned: Group 2" }).waitFor();
    await page.getByText(`Waiting for: ${mover.name}.`).waitFor();
    await checkBothWidths(page, "the group page");

    await page.goto(`${baseUrl}/dashboard`);
    await mine.getByText(/Next meeting: .*meet\.example\.com\/group-2/).waitFor();
    await context.close();
  });
});
