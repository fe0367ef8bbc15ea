/**
 * Mail deep links in the browser: a signed-out visit asks who is signed in without an error, and a
 * mail's button, followed signed out, lands on its exact page once the reader has signed in.
 */
import { describe, expect, it } from "vitest";
import { adminApi, baseUrl, checkA11y, useBrowser, waitForMail } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("mail-links");
const browser = useBrowser();

describe("mail deep links", () => {
  it("a signed-out page logs no error and no failed request", async () => {
    const page = await browser().newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    // A request the test's own next navigation cuts short is not a failure anyone sees.
    page.on(
      "requestfailed",
      (r) => r.failure()?.errorText !== "net::ERR_ABORTED" && problems.push(`${r.url()} failed`),
    );
    page.on("response", (r) => r.status() >= 400 && problems.push(`${r.url()} answered ${r.status()}`));
    const session = page.waitForResponse((r) => r.url().endsWith("/api/session"));
    await page.goto(`${baseUrl}/`);
    expect((await session).status()).toBe(200);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a match mail's link, followed signed out, lands on the mentorship after signing in", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      program: { name: `Deep links ${Date.now()}`, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    const run = await call<{ id: string }>("POST", `/api/programs/${program.id}/match-runs`);
    await expect
      .poll(
        async () => (await call<{ status: string }>("GET", `/api/programs/${program.id}/match-runs/${run.id}`)).status,
        { timeout: 20_000 },
      )
      .toBe("done");
    await call("POST", `/api/programs/${program.id}/match-runs/${run.id}/publish`);
    const [pair] = (await call<{ items: { id: string }[] }>("GET", `/api/programs/${program.id}/mentorships`)).items;

    const mail = await waitForMail(emails.mia, /Your mentoring pair/);
    const link = mail.links.find((l) => l.includes("/mentorships/"))!;
    expect(new URL(link).pathname).toBe(`/mentorships/${pair!.id}`);

    // Signed out, the page sends Mia to sign in; the mailed sign-in link brings her back to it.
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(/\/signin$/);
    const asked = Date.now();
    await page.getByLabel("Work email").fill(emails.mia);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const signIn = await waitForMail(emails.mia, /sign-in link/, { after: asked });
    await page.goto(signIn.links.find((l) => l.includes("/auth/verify?token="))!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${new URL(link).origin}/mentorships/${pair!.id}`);
    await page.getByRole("heading", { name: "Your mentorship with Mo Mentor" }).waitFor();
    await checkA11y(page, "the mentorship a mail linked to");

    // Ended early, the pair's mail about it lands on the same page, which says so instead of failing to
    // load the meetings and goals that are now closed to them.
    const ending = Date.now();
    await call("POST", `/api/mentorships/${pair!.id}/end`, JSON.stringify({ reason: "no-time" }));
    const ended = await waitForMail(emails.mia, /Your mentorship in/, { after: ending });
    const problems: string[] = [];
    page.on("response", (r) => r.status() >= 400 && problems.push(`${r.url()} answered ${r.status()}`));
    await page.goto(ended.links.find((l) => l.includes("/mentorships/"))!);
    await page.getByText("This mentorship has ended; its meetings and goals are closed.").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
