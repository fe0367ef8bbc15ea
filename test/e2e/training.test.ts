/**
 * Training and recognition in real Chromium: a program requires a module of its mentees; the mentee,
 * on a phone, finds it as the next thing to do, fails once, passes, and is then matched; once the
 * mentorship is completed, their certificate opens and prints as one landscape page.
 */
import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { MatchRunSchema } from "../../workers/features/matching/schemas";
import { adminApi, baseUrl, checkA11y, DESKTOP, PHONE, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const browser = useBrowser();
type Run = z.infer<typeof MatchRunSchema>;

describe("training before matching, and a certificate after", () => {
  it("takes a mentee through a required module on a phone, matches them, and prints their certificate", async () => {
    const call = await adminApi(adminOf("training"));
    const { program, emails } = await seedProgram(call, {
      program: { name: `Trained ${Date.now()}`, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    await call(
      "POST",
      `/api/programs/${program.id}/training`,
      JSON.stringify({
        title: "Listening well",
        guide: "## Listen first\n\nLet your mentor **finish** before you answer.",
        audience: "mentee",
        questions: [{ prompt: "Who talks most in a good meeting?", options: ["The mentor", "The mentee"], answer: 1 }],
      }),
    );

    const context = await browser().newContext({ viewport: PHONE });
    const mia = await context.newPage();
    const consoleErrors: string[] = [];
    mia.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await signIn(mia, emails.mia);
    await mia.getByRole("heading", { name: "Finish “Listening well”" }).waitFor();
    await mia.getByRole("link", { name: "Open “Listening well”" }).click();
    await mia.getByRole("heading", { name: "Your training" }).waitFor();
    await mia.getByRole("heading", { name: "Listen first" }).waitFor();
    await checkA11y(mia, "the training page at 390 px");

    // Unanswered, then wrong, then right: each is said where it happened.
    const check = mia.getByRole("button", { name: "Check my answers" });
    await check.click();
    await mia.getByText("Choose an answer.").waitFor();
    await mia.getByLabel("The mentor").check();
    await check.click();
    await mia.getByText(/0%: one answer is not right yet/).waitFor();
    await mia.getByLabel("The mentee").check();
    await check.click();
    await mia.getByText("Passed with 100%.").waitFor();
    await mia.getByText("passed", { exact: true }).waitFor();
    expect(await mia.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Trained, Mia is matched.
    const run = await call<{ id: string }>("POST", `/api/programs/${program.id}/match-runs`);
    const runAt = `/api/programs/${program.id}/match-runs/${run.id}`;
    await expect.poll(async () => (await call<Run>("GET", runAt)).status, { timeout: 30_000 }).toBe("done");
    const result = await call<Run>("GET", runAt);
    expect(result.pairs.map((p) => p.menteeEmail)).toEqual([emails.mia]);
    await call("POST", `${runAt}/publish`);

    // Completed, the mentorship gives Mia a certificate that prints.
    await mia.goto(`${baseUrl}/dashboard`);
    await mia.getByRole("link", { name: "Meetings and goals with Mo Mentor" }).click();
    await mia.getByRole("heading", { name: "Your mentorship with Mo Mentor" }).waitFor();
    const mentorshipId = new URL(mia.url()).pathname.split("/").pop()!;
    const completed = await mia.evaluate(
      async (id) => (await fetch(`/api/mentorships/${id}/complete`, { method: "POST" })).status,
      mentorshipId,
    );
    expect(completed).toBe(200);
    await mia.reload();
    await mia.getByRole("button", { name: "Your certificate of completion" }).click();
    await mia.waitForURL(/\/certificates\/[0-9a-f]{32}$/);
    await mia.getByRole("heading", { name: "Certificate of completion" }).waitFor();
    await mia.getByText("Mia Mentee", { exact: true }).waitFor();
    await mia.getByText(program.name, { exact: true }).waitFor();
    await checkA11y(mia, "the certificate at 390 px");

    // Anyone with the link sees the same certificate, signed out.
    const stranger = await browser().newPage();
    await stranger.goto(mia.url());
    await stranger.getByText("Mia Mentee", { exact: true }).waitFor();
    await stranger.emulateMedia({ media: "print" });
    expect(await stranger.locator("header.top").isVisible()).toBe(false);
    expect(await stranger.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    expect(await stranger.getByRole("heading", { name: "Certificate of completion" }).isVisible()).toBe(true);
    const pdf = await stranger.pdf({ preferCSSPageSize: true });
    // One page: the certificate fits the landscape sheet its print style asks for.
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await stranger.close();

    expect(consoleErrors).toEqual([]);
    await context.close();

    // The organiser sees who passed on the Training tab, and adds a starter module to edit.
    const adminContext = await browser().newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    await signIn(admin, adminOf("training"));
    await admin.goto(`${baseUrl}/admin/programs/${program.id}/training`);
    await admin.getByRole("heading", { name: `Training for ${program.name}` }).waitFor();
    await admin.getByText(/Mentees · required before matching · 1 question, pass at 100% · 1 passed/).waitFor();
    await admin.getByRole("button", { name: "Add “Setting goals”" }).click();
    await admin.getByText("“Setting goals” added; edit it to fit your program.").waitFor();
    await admin.getByRole("button", { name: "Edit Setting goals" }).click();
    await admin.getByLabel("Title").fill("Setting goals together");
    await admin.getByRole("button", { name: "Save module" }).click();
    await admin.getByRole("heading", { name: "Setting goals together" }).waitFor();
    await checkA11y(admin, "the Training tab");
    await adminContext.close();
  });
});
