/**
 * A person's next steps (`GET /api/me/next`) in workerd: a request waiting for their answer comes
 * first, then an open survey (its link opens it), then a rotation cycle to rate, then a pair with no
 * meeting planned; each leaves the list once done, and nobody sees another's.
 */
import { describe, expect, it } from "vitest";
import { Client, env, ok } from "../helpers";
import { seedProgram } from "../seed";
import { invitationToken, tokenHash } from "../../workers/features/surveys/tokens";

const DAY = 86_400_000;
const run = (query: string, ...values: unknown[]) =>
  env.DB.prepare(query)
    .bind(...values)
    .run();

async function setUp() {
  const seeded = await seedProgram<"mo" | "mia" | "raj" | "oz">({
    people: {
      mo: { name: "Mo Mentor", role: "both" },
      mia: { name: "Mia Mentee", role: "mentee" },
      raj: { name: "Raj Asker", role: "mentee" },
      oz: { name: "Oz Other", role: "mentee" },
    },
    pairs: [["mo", "mia"]],
    pairedAt: Date.now() - 30 * DAY,
  });
  return { ...seeded, mo: await seeded.as("mo"), mia: await seeded.as("mia"), oz: await seeded.as("oz") };
}

const next = async (client: Client) => (await ok(client.api.me.next.$get())).items;

describe("next steps", () => {
  it("put the most urgent first and drop each once it is done", async () => {
    const { program, ids, mentorships, mo, mia, oz } = await setUp();
    const now = Date.now();

    // Only the pair without a meeting: both are asked to meet, and they have not met yet.
    expect(await next(mo)).toEqual([
      {
        kind: "meet",
        title: "Mia Mentee",
        href: `/mentorships/${mentorships[0]}`,
        since: null,
        dueAt: null,
        cycle: null,
      },
    ]);
    expect((await next(mia)).map((s) => [s.kind, s.title])).toEqual([["meet", "Mo Mentor"]]);
    expect(await next(oz)).toEqual([]);

    // A request waiting for Mo's answer, an open survey and a cycle to rate.
    await run(
      "INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at) VALUES (?, ?, ?, ?, 1, 'pending', ?, ?)",
      crypto.randomUUID(),
      program.id,
      ids.raj,
      ids.mo,
      now,
      now + 3 * DAY,
    );
    const survey = crypto.randomUUID();
    await run(
      'INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, \'Two-week check-in\', \'[{"id":"q","type":"rating","text":"How is it going?"}]\', \'{"anchor":"mentorship-start","offsetDays":14}\')',
      survey,
      program.id,
    );
    const invitation = crypto.randomUUID();
    const token = await invitationToken(env.JWT_SECRET, invitation);
    await run(
      "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at) VALUES (?, ?, ?, 's', ?, ?, ?)",
      invitation,
      survey,
      ids.mo,
      await tokenHash(token),
      now - DAY,
      now + 5 * DAY,
    );
    // Someone else's invitation, and one not yet due, stay out of Mo's list.
    await run(
      "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at) VALUES (?, ?, ?, 't', ?, ?, ?)",
      crypto.randomUUID(),
      survey,
      ids.oz,
      crypto.randomUUID(),
      now - DAY,
      now + 5 * DAY,
    );
    await run(
      "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at) VALUES (?, ?, ?, 'u', ?, ?, ?)",
      crypto.randomUUID(),
      survey,
      ids.mo,
      crypto.randomUUID(),
      now + DAY,
      now + 9 * DAY,
    );
    await run(
      "INSERT INTO rotation_cycles (program_id, cycle, starts_at, ends_at, pairs, started_at, ended_at) VALUES (?, 1, ?, ?, ?, ?, ?)",
      program.id,
      now - 30 * DAY,
      now - DAY,
      JSON.stringify([{ juniorId: ids.raj, seniorIds: [ids.mo] }]),
      now - 30 * DAY,
      now - DAY,
    );

    const steps = await next(mo);
    expect(steps.map((s) => s.kind)).toEqual(["reply-request", "answer-survey", "rate-cycle", "meet"]);
    expect(steps[0]).toMatchObject({ title: "Raj Asker", href: "/requests", dueAt: now + 3 * DAY });
    expect(steps[1]).toMatchObject({ title: "Two-week check-in", href: `/s/${token}`, dueAt: now + 5 * DAY });
    expect(steps[2]).toMatchObject({ title: program.name, href: `/rotations/${program.id}/feedback/1`, cycle: 1 });
    // The survey's link opens that survey without signing in.
    const opened = await new Client().api.surveys["by-token"][":token"].$get({ param: { token } });
    expect(opened.status).toBe(200);
    expect(await next(oz)).toMatchObject([{ kind: "answer-survey" }]);

    // Done, each leaves the list: answered, rated, a meeting planned.
    await run("UPDATE mentor_requests SET status = 'declined' WHERE mentor_id = ?", ids.mo);
    await run("UPDATE survey_invitations SET responded_at = ? WHERE id = ?", now, invitation);
    await run(
      "INSERT INTO rotation_feedback (program_id, cycle, from_id, about_id, rating) VALUES (?, 1, ?, ?, 4)",
      program.id,
      ids.mo,
      ids.raj,
    );
    const meeting = await mia.json("POST", `/api/mentorships/${mentorships[0]}/meetings`, {
      body: { startsAt: new Date(now + 7 * DAY).toISOString(), minutes: 30, place: "Café" },
    });
    expect(meeting.status).toBe(201);
    expect(await next(mo)).toEqual([]);
    expect(await next(mia)).toEqual([]);
  });

  it("say since when a pair has not met, and leave out a pair whose partner withdrew", async () => {
    const { program, ids, mentorships, mo, mia } = await setUp();
    const met = Date.now() - 25 * DAY;
    await run(
      "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, created_by) VALUES (?, ?, ?, 30, ?)",
      crypto.randomUUID(),
      mentorships[0],
      met,
      ids.mia,
    );
    expect(await next(mo)).toMatchObject([{ kind: "meet", since: met }]);
    await ok(mia.api.me.enrollments[":programId"].withdraw.$post({ param: { programId: program.id } }));
    expect(await next(mo)).toEqual([]);
  });

  it("are refused without a session", async () => {
    const answer = await new Client().api.me.next.$get();
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});
