/**
 * What a program's channel is told besides new pairs: an event of the program starting, with its link,
 * and the monthly report's headline; each once, and never who came or who is in the program.
 */
import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import { sendMonthlyReports } from "../../workers/features/reports/jobs";
import { env, ok, uniqueEmail, type EventCreated } from "../helpers";
import { seedProgram } from "../seed";

const db = createDb(env.DB);
const SLACK = "https://hooks.slack.com/services/T000/B000/postsecret";
const postsTo = (programId: string) =>
  db
    .select()
    .from(outgoingMail)
    .where(eq(outgoingMail.toEmail, `channel:${programId}`));

async function programWithChannel(name: string) {
  const seeded = await seedProgram({
    program: { name },
    people: { maya: { name: "Maya Manager", role: "mentor" }, ana: { name: "Ana Quietname", role: "mentee" } },
    pairs: [["maya", "ana"]],
  });
  const id = seeded.program.id;
  await ok(seeded.admin.api.programs[":id"].managers.$put({ param: { id }, json: { emails: [seeded.emails.maya] } }));
  await ok(seeded.admin.api.programs[":id"].channel.$put({ param: { id }, json: { webhookUrl: SLACK } }));
  return seeded;
}

describe("a program's channel", () => {
  it("hears once that an event of the program starts, with its link and no one's name", async () => {
    const { admin, program } = await programWithChannel(`Speed day ${crypto.randomUUID().slice(0, 6)}`);
    const created = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "Speed round",
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 1,
        tables: 2,
        programId: program.id,
      },
    });
    const id = created.body.id;
    for (const [role, name] of [
      ["mentor", "Tess Tablemate"],
      ["mentee", "Vic Visitor"],
    ]) {
      await admin.json("POST", `/api/events/${id}/checkin`, { body: { name, email: uniqueEmail(role), role } });
    }
    expect((await admin.json("POST", `/api/events/${id}/plan`, { body: {} })).status).toBe(200);
    expect((await postsTo(program.id)).length).toBe(0);
    const control = (action: string) => admin.json("POST", `/api/events/${id}/control`, { body: { action } });
    expect((await control("start")).status).toBe(200);
    await control("pause");
    await control("resume");

    const posts = await postsTo(program.id);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ idempotencyKey: `post-event:${id}`, subject: "Speed round is starting now" });
    expect(posts[0]!.text).toContain(
      `${new URL(created.body.joinUrl).pathname}${new URL(created.body.joinUrl).search}`,
    );
    expect(posts[0]!.text).not.toMatch(/Tess|Vic|Maya|Ana/);
  });

  it("gets the monthly report's headline once a month, with no one's name", async () => {
    const name = `Report club ${crypto.randomUUID().slice(0, 6)}`;
    const { program } = await programWithChannel(name);
    const now = Date.UTC(2031, 4, 1, 9);
    await sendMonthlyReports(db, env.MAIL_QUEUE, "https://tandem.test", now);
    await sendMonthlyReports(db, env.MAIL_QUEUE, "https://tandem.test", now + 300_000);

    const posts = await db
      .select()
      .from(outgoingMail)
      .where(like(outgoingMail.idempotencyKey, `post-report:${program.id}:%`));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      idempotencyKey: `post-report:${program.id}:2031-05`,
      toEmail: `channel:${program.id}`,
      subject: `${name} in May 2031: 2 people joined, 100% of mentees matched`,
    });
    expect(posts[0]!.text).toContain(`/admin/programs/${program.id}/insights`);
    expect(posts[0]!.text).not.toMatch(/Maya|Ana/);
  });
});
