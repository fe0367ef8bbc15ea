/**
 * Reminders in workerd: the clock notes what is due (a meeting tomorrow, a milestone due, a quiet pair)
 * once, and sends each person one digest in their own working hours, once, even under doubled ticks or
 * a crash between claiming reminders and writing the mail.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { runClock } from "../../workers/clock";
import worker from "../../workers/index";
import { env, mailbox } from "../helpers";
import { seedProgram } from "../seed";
import { reminderText } from "../../workers/features/reminders/words";

const DAY = 86_400_000;
const WED_8 = Date.parse("2031-05-07T08:00:00Z"); // a Wednesday, before nine in UTC

async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function pair(timezones: [string, string], startedAt: number) {
  const { emails, mentorships, as } = await seedProgram({
    people: {
      mentor: { name: "Mo Mentor", role: "mentor", timezone: timezones[0] },
      mentee: { name: "Mia Mentee", role: "mentee", timezone: timezones[1] },
    },
    pairs: [["mentor", "mentee"]],
    pairedAt: startedAt,
  });
  return {
    mentorshipId: mentorships[0]!,
    mentor: emails.mentor,
    mentee: emails.mentee,
    menteeClient: await as("mentee"),
  };
}

const digests = async (to: string) => (await mailbox()).filter((m) => m.to === to && /^Reminders?:/.test(m.subject));

describe("reminders", () => {
  it("come as one digest per person, in their working hours, once", async () => {
    const { mentorshipId, mentor, mentee, menteeClient } = await pair(["UTC", "UTC"], WED_8 - 7 * DAY);
    await menteeClient.json("POST", `/api/mentorships/${mentorshipId}/meetings`, {
      body: { startsAt: new Date(WED_8 + 20 * 3_600_000).toISOString(), minutes: 30 },
    });
    await menteeClient.json("POST", `/api/mentorships/${mentorshipId}/goals`, {
      body: {
        horizon: "short",
        title: "Present at the all-hands",
        milestones: [{ title: "Outline", dueOn: "2031-05-08" }],
      },
    });

    await tick(WED_8); // noted, but before working hours: nothing sent
    expect(await digests(mentee)).toHaveLength(0);
    await tick(WED_8 + 2 * 3_600_000); // ten o'clock
    await tick(WED_8 + 2 * 3_600_000); // doubled
    const [menteeDigest] = await digests(mentee);
    expect(await digests(mentee)).toHaveLength(1);
    expect(menteeDigest!.subject).toBe("Reminders: 2 things for your mentoring");
    expect(menteeDigest!.text).toContain("Meeting with Mo Mentor on 8 May 2031 at 04:00 (UTC)");
    expect(menteeDigest!.text).toContain("Milestone due tomorrow: Outline");
    expect(menteeDigest!.text).toContain('Stop "Reminders" emails');
    expect((await digests(mentor)).map((m) => m.subject)).toEqual([
      "Reminder: Meeting with Mia Mentee on 8 May 2031 at 04:00 (UTC)",
    ]);
    await tick(WED_8 + 3 * 3_600_000); // an hour later: nothing new
    expect(await digests(mentee)).toHaveLength(1);
  });

  it("wait for working hours in each person's time zone, and nudge a quiet pair once a period", async () => {
    const { mentor, mentee } = await pair(["Asia/Tokyo", "America/New_York"], WED_8 - 30 * DAY);
    await tick(WED_8 + 6 * 3_600_000); // 14:00 UTC: 23:00 in Tokyo, 10:00 in New York
    expect(await digests(mentor)).toHaveLength(0);
    const [nudge] = await digests(mentee);
    expect(nudge!.subject).toBe(
      "Reminder: You and Mo Mentor have not met since you were paired on 7 April: plan your next meeting",
    );
    await tick(WED_8 + 24 * 3_600_000); // 08:00 UTC Thursday: 17:00 in Tokyo, too late; New York asleep
    expect(await digests(mentor)).toHaveLength(0);
    await tick(WED_8 + 20 * 3_600_000 + DAY); // Friday 04:00 UTC: 13:00 in Tokyo
    expect(await digests(mentor)).toHaveLength(1);
    expect(await digests(mentee)).toHaveLength(1); // same period: no second nudge
  });

  it("finish a digest whose reminders were claimed before a crash", async () => {
    const { mentee } = await pair(["UTC", "UTC"], WED_8);
    const person = (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(mentee).first<{ id: string }>())!
      .id;
    // As if a tick had claimed this reminder and stopped before writing the mail.
    await env.DB.prepare(
      "INSERT INTO reminders (key, person_id, text, link, due_at, digest_key) VALUES (?, ?, 'Say hello', 'https://tandem.test/dashboard', ?, ?)",
    )
      .bind(`test:${person}`, person, WED_8, `digest:${person}:crashed`)
      .run();
    await tick(WED_8 - 7 * 3_600_000); // at night: claims nothing new, but finishes what was claimed
    expect((await digests(mentee)).map((m) => m.subject)).toEqual(["Reminder: Say hello"]);
  });

  it("nudge a quiet pair at most once in three weeks, counted from its last meeting, under doubled daily ticks", async () => {
    const base = Date.parse("2033-03-01T10:00:00Z");
    const pairs: Awaited<ReturnType<typeof pair>>[] = [];
    for (const d of [0, 3, 9, 17]) pairs.push(await pair(["UTC", "UTC"], base - d * DAY));
    const ids = await env.DB.prepare(
      `SELECT m.id, m.mentor_id, m.mentee_id FROM mentorships m WHERE m.id IN (${pairs.map(() => "?").join(",")})`,
    )
      .bind(...pairs.map((p) => p.mentorshipId))
      .all<{ id: string; mentor_id: string; mentee_id: string }>();
    const people = ids.results.flatMap((m) => [m.mentor_id, m.mentee_id]);
    // On day 25 the first pair plans a meeting for day 30: its next nudge counts from then.
    const first = ids.results.find((m) => m.id === pairs[0]!.mentorshipId)!;
    for (let day = 0; day < 100; day++) {
      if (day === 25) {
        await env.DB.prepare(
          "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, created_by) VALUES (?, ?, ?, 30, ?)",
        )
          .bind(crypto.randomUUID(), first.id, base + 30 * DAY, first.mentee_id)
          .run();
      }
      await runClock(env, base + day * DAY, Date.now());
      await runClock(env, base + day * DAY + 60_000, Date.now()); // doubled
    }
    const nudges = await env.DB.prepare(
      `SELECT person_id, due_at, text FROM reminders WHERE key LIKE 'nudge:%'
        AND person_id IN (${people.map(() => "?").join(",")}) ORDER BY person_id, due_at`,
    )
      .bind(...people)
      .all<{ person_id: string; due_at: number; text: string }>();
    expect(nudges.results.length).toBeGreaterThanOrEqual(8 * 4);
    for (const person of people) {
      const times = nudges.results.filter((n) => n.person_id === person).map((n) => n.due_at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(21 * DAY);
    }
    const firstMentee = nudges.results.filter((n) => n.person_id === first.mentee_id);
    expect(firstMentee.map((n) => Math.round((n.due_at - base) / DAY))).toEqual([21, 51, 72, 93]);
    // Noted as what it is about; worded when its digest is written, on the reader's clock.
    expect(reminderText(firstMentee[1]!.text, { language: "en", timezone: "UTC" }, base + 51 * DAY)).toBe(
      "You and Mo Mentor have not met since 31 March: plan your next meeting",
    );
  }, 120_000);
});
