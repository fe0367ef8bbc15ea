/**
 * Choosing mentors carefully, in workerd: in a program that approves its mentors, a mentor applies and
 * waits; a manager accepts or declines with a reason the mentor is mailed, once; only accepted mentors are
 * matched or asked, and the unmatched reasons say why. Participants, outsiders and bad input are refused.
 */
import { describe, expect, it } from "vitest";
import { env, mailbox, ok, type Refusal } from "../helpers";
import { heldQueues } from "../queues";
import { seedProgram } from "../seed";

const application = { why: "I like helping people grow", experience: "Ten years leading teams", topics: ["SQL"] };

async function setUp(mentorsNeedApproval = true) {
  const queues = heldQueues();
  const seeded = await seedProgram({
    program: { mentorsNeedApproval, skills: ["SQL"] },
    people: {
      ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,UTC,15,,en,SQL:3,,,1",
      ben: "Ben Mentor,mentor,Finance,Controller,Berlin,UTC,12,,en,SQL:3,,,1",
      cy: "Cy Mentee,mentee,Sales,Associate,Berlin,UTC,1,,en,,SQL:2,learn SQL,",
    },
    worker: queues,
  });
  const other = await seedProgram({ mentees: 1 });
  return { ...seeded, queues, outsider: await other.as("mentee0") };
}

describe("mentor applications", () => {
  it("wait for a manager, who accepts or declines once with a reason the mentor is mailed", async () => {
    const { admin, program, as, emails, outsider } = await setUp();
    const [ada, ben, cy] = await Promise.all([as("ada"), as("ben"), as("cy")]);
    const path = `/api/programs/${program.id}/mentor-applications`;

    expect((await ada.json("POST", path, { body: { ...application, why: "" } })).status).toBe(400);
    expect((await ada.json("POST", path, { body: { ...application, why: "x".repeat(2001) } })).status).toBe(400);
    expect((await cy.json("POST", path, { body: application })).status).toBe(403);
    expect((await outsider.json("POST", path, { body: application })).status).toBe(404);
    const mine = await ok(
      ada.api.programs[":id"]["mentor-applications"].$post({ param: { id: program.id }, json: application }),
      201,
    );
    expect(mine).toMatchObject({ status: "pending", topics: ["SQL"] });
    const benApp = await ok(
      ben.api.programs[":id"]["mentor-applications"].$post({ param: { id: program.id }, json: application }),
      201,
    );

    // Only the program's managers read and decide applications.
    expect((await cy.json("GET", path)).status).toBe(404);
    const decide = (id: string) => `${path}/${id}/decide`;
    expect((await cy.json("POST", decide(mine.id), { body: { decision: "accept" } })).status).toBe(404);
    expect((await ada.json("POST", decide(mine.id), { body: { decision: "accept" } })).status).toBe(404);
    const list = await ok(
      admin.api.programs[":id"]["mentor-applications"].$get({
        param: { id: program.id },
        query: { status: "pending" },
      }),
    );
    expect(list.items.map((a) => a.name).sort()).toEqual(["Ada Mentor", "Ben Mentor"]);

    const noReason = await admin.json<Refusal>("POST", decide(benApp.id), { body: { decision: "decline" } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty("reason");
    expect((await admin.json("POST", decide("no-such-id"), { body: { decision: "accept" } })).status).toBe(404);
    const declined = await admin.json("POST", decide(benApp.id), {
      body: { decision: "decline", reason: "We need mentors in Sales this round" },
    });
    expect(declined).toMatchObject({ status: 200, body: { status: "declined" } });
    const again = await admin.json<Refusal>("POST", decide(benApp.id), { body: { decision: "accept" } });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "already_decided" } } });
    await ok(
      admin.api.programs[":id"]["mentor-applications"][":applicationId"].decide.$post({
        param: { id: program.id, applicationId: mine.id },
        json: { decision: "accept", reason: "" },
      }),
    );

    const toBen = (await mailbox()).filter((m) => m.to === emails.ben && /mentor application/.test(m.subject));
    expect(toBen).toHaveLength(1);
    expect(toBen[0]!.text).toContain("We need mentors in Sales this round");
    expect((await mailbox()).filter((m) => m.to === emails.ada && /You are a mentor/.test(m.subject))).toHaveLength(1);
    const adaNow = await ok(ada.api.programs[":id"]["mentor-applications"].mine.$get({ param: { id: program.id } }));
    expect(adaNow).toMatchObject({ required: true, application: { status: "accepted" } });
    expect((await ada.json<Refusal>("POST", path, { body: application })).body.error.code).toBe("already_approved");
  });

  it("are refused where the program needs none", async () => {
    const { program, as } = await setUp(false);
    const res = await (
      await as("ada")
    ).json<Refusal>("POST", `/api/programs/${program.id}/mentor-applications`, {
      body: application,
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "approval_not_required" } } });
  });

  it("keep unapproved mentors out of matching runs and mentees' choices, and say so", async () => {
    const { admin, program, as, ids, queues } = await setUp();
    const runs = admin.api.programs[":id"]["match-runs"];
    const runOnce = async () => {
      const started = await ok(runs.$post({ param: { id: program.id } }), 202);
      expect(await queues.drain("tandem-match")).toBe(1);
      return ok(runs[":runId"].$get({ param: { id: program.id, runId: started.id }, query: {} }));
    };
    const none = await runOnce();
    expect(none.stats.matched).toBe(0);
    expect(none.unmatched[0]!.reason).toMatch(/2 mentors are left out until approved/);

    const ada = await as("ada");
    const mine = await ok(
      ada.api.programs[":id"]["mentor-applications"].$post({ param: { id: program.id }, json: application }),
      201,
    );
    await admin.json("POST", `/api/programs/${program.id}/mentor-applications/${mine.id}/decide`, {
      body: { decision: "accept" },
    });
    const one = await runOnce();
    expect(one.pairs.map((p) => p.mentorId)).toEqual([ids.ada]);

    // Mentee's choice: only Ada is suggested, and asking Ben is refused.
    await admin.json("PUT", `/api/programs/${program.id}/matching`, { body: { mode: "choice" } });
    const cy = await as("cy");
    const suggestions = await ok(cy.api.programs[":id"].suggestions.$get({ param: { id: program.id } }));
    expect(suggestions.suggestions.map((s) => s.mentor.id)).toEqual([ids.ada]);
    const asked = await cy.json<Refusal>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.ben] },
    });
    expect(asked.status).toBe(400);
    expect(JSON.stringify(asked.body.error.fields)).toMatch(/not an approved mentor/);
    const requests = await env.DB.prepare("SELECT count(*) AS n FROM mentor_requests WHERE program_id = ?")
      .bind(program.id)
      .first<{ n: number }>();
    expect(requests!.n).toBe(0);
  });
});
