/**
 * The journey drives reminders and the first agenda, in workerd: a step due and not ticked off is
 * reminded once to each of the pair (doubled ticks, and a tick after noting, change nothing twice);
 * the program's meeting rhythm sets when a quiet pair is nudged; the first meeting's agenda is the
 * journey's first step.
 */
import { describe, expect, it } from "vitest";
import { runClock } from "../../workers/clock";
import { env, mailbox, ok, signIn } from "../helpers";
import { heldQueues, type HeldQueues } from "../queues";
import { seedProgram } from "../seed";

const DAY = 86_400_000;
const HOUR = 3_600_000;

async function pairOnJourney(startedAt: number, program: Record<string, unknown> = {}, worker?: HeldQueues) {
  const seeded = await seedProgram({
    program,
    worker,
    people: {
      mentor: { name: "Mo Mentor", role: "mentor", timezone: "UTC" },
      mentee: { name: "Mia Mentee", role: "mentee", timezone: "UTC" },
    },
    pairs: [["mentor", "mentee"]],
    pairedAt: startedAt,
  });
  const journey = await ok(
    seeded.admin.api.programs[":id"].journey.$put({
      param: { id: seeded.program.id },
      json: {
        steps: [
          { unit: "week", n: 1, title: "Agree on goals", prompts: ["What would success look like?"] },
          { unit: "week", n: 2, title: "Job-shadowing session" },
          { unit: "week", n: 3, title: "Midpoint reflection" },
        ],
      },
    }),
  );
  return { ...seeded, id: seeded.mentorships[0]!, steps: journey.steps, mentee: await seeded.as("mentee") };
}

const journeyReminders = async (mentorshipId: string) =>
  (
    await env.DB.prepare("SELECT key, person_id, text FROM reminders WHERE key LIKE ? ORDER BY key")
      .bind(`journey:${mentorshipId}:%`)
      .all<{ key: string; person_id: string; text: string }>()
  ).results;

describe("journey reminders", () => {
  it("remind both of a step due and not ticked off, once, and never of a ticked one", async () => {
    const start = Date.parse("2034-05-03T10:00:00Z"); // a Wednesday
    const { id, steps, mentee, emails } = await pairOnJourney(start);
    const [first, second] = steps;

    await runClock(env, start + 6 * DAY, Date.now()); // week 1 not over yet
    expect(await journeyReminders(id)).toEqual([]);
    // The mentee ticks the second step off before it is due.
    await ok(
      mentee.api.mentorships[":id"].journey[":stepId"].$put({
        param: { id, stepId: second!.id },
        json: { done: true },
      }),
    );
    for (const at of [start + 7 * DAY + HOUR, start + 7 * DAY + 2 * HOUR, start + 14 * DAY + HOUR]) {
      await runClock(env, at, Date.now());
      await runClock(env, at + 60_000, Date.now()); // doubled
    }
    const noted = await journeyReminders(id);
    expect(noted.filter((r) => r.key.includes(first!.id))).toHaveLength(2);
    expect(noted.some((r) => r.key.includes(second!.id))).toBe(false);
    expect(JSON.parse(noted[0]!.text)).toEqual({ kind: "journey", unit: "week", n: 1, title: "Agree on goals" });

    const mails = (await mailbox()).filter((m) => m.to === emails.mentee && /Journey step due: Week 1/.test(m.text));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`/mentorships/${id}#journey`);
  });

  it("leave a step ticked off after its reminder was written out of the digest", async () => {
    const held = heldQueues();
    const start = Date.parse("2034-07-05T10:00:00Z"); // a Wednesday
    const { id, steps, emails } = await pairOnJourney(start, {}, held);
    await runClock(held.env, start + 7 * DAY + HOUR);
    const digest = async () =>
      (
        await env.DB.prepare(
          "SELECT status, text FROM outgoing_mail WHERE to_email = ? AND idempotency_key LIKE 'digest:%'",
        )
          .bind(emails.mentee)
          .all<{ status: string; text: string }>()
      ).results;
    expect((await digest()).map((m) => m.status)).toEqual(["pending"]);
    expect((await digest())[0]!.text).toContain("Journey step due: Week 1, Agree on goals");
    // The clock's run at that time ended the session; the mentee signs in again and ticks the step off.
    const mentee = await signIn(emails.mentee, held);
    await ok(
      mentee.api.mentorships[":id"].journey[":stepId"].$put({
        param: { id, stepId: steps[0]!.id },
        json: { done: true },
      }),
    );
    await held.drain("tandem-mail");
    expect((await digest()).map((m) => m.status)).toEqual(["suppressed"]);
  });

  it("nudge a quiet pair after its program's rhythm allows, not after a fixed three weeks", async () => {
    const start = Date.parse("2034-06-07T10:00:00Z");
    const weekly = await pairOnJourney(start, { meetingEveryDays: 7 });
    const nudges = async (mentorshipId: string) =>
      (await env.DB.prepare("SELECT count(*) AS n FROM reminders WHERE key LIKE ?")
        .bind(`nudge:${mentorshipId}:%`)
        .first<{ n: number }>())!.n;
    await runClock(env, start + 10 * DAY, Date.now());
    expect(await nudges(weekly.id)).toBe(0);
    await runClock(env, start + 11 * DAY, Date.now()); // 1.5 × 7 days, rounded up
    await runClock(env, start + 11 * DAY + 60_000, Date.now());
    expect(await nudges(weekly.id)).toBe(2);
  });
});

describe("the first meeting's agenda", () => {
  it("comes from the journey's first step when none is given, for the first meeting only", async () => {
    const { id, mentee } = await pairOnJourney(Date.now());
    const plan = (agenda?: string) =>
      ok(
        mentee.api.mentorships[":id"].meetings.$post({
          param: { id },
          json: { startsAt: "2035-01-10T09:00:00Z", minutes: 30, ...(agenda === undefined ? {} : { agenda }) },
        }),
        201,
      );
    const first = await plan();
    expect(first.agenda).toBe("Week 1: Agree on goals\n- What would success look like?");
    expect((await plan()).agenda).toBe("");
    expect((await plan("Our own")).agenda).toBe("Our own");
  });
});
