/**
 * Training before matching: managers write modules (or add a starter), participants see theirs and take
 * them, answers are marked on the server, and a run leaves out whoever has not passed what is required.
 */
import { describe, expect, it } from "vitest";
import { ok, refusalIn, type Client } from "../helpers";
import { heldQueues } from "../queues";
import { seedProgram } from "../seed";

const quiz = {
  title: "Listening",
  guide: "## Listen\n\n<script>alert(1)</script> [bad](javascript:alert(1))",
  audience: "mentee" as const,
  passMark: 100,
  questions: [
    { prompt: "Who talks most?", options: ["The mentor", "The mentee"], answer: 1 },
    { prompt: "Do you interrupt?", options: ["Yes", "No"], answer: 1 },
  ],
};

async function setUp() {
  const queues = heldQueues();
  const seeded = await seedProgram({
    people: {
      ada: "Ada Mentor,mentor,Engineering,Lead,Berlin,Europe/Berlin,15,,en,data analysis:3,,,2",
      mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,data analysis:2,grow,",
    },
    worker: queues,
  });
  return { ...seeded, queues };
}

const training = (c: Client) => c.api.programs[":id"].training;
const listOf = (c: Client, id: string) => ok(training(c).$get({ param: { id } }));

describe("training", () => {
  it("managers write it; participants see theirs without the answers, rendered safely", async () => {
    const { admin, program, as } = await setUp();
    const added = await ok(training(admin).$post({ param: { id: program.id }, json: quiz }), 201);
    const starter = await ok(
      training(admin).starters.$post({ param: { id: program.id }, json: { key: "good-mentor" } }),
      201,
    );
    expect(starter).toMatchObject({ title: "Being a good mentor", audience: "mentor", required: true });

    const managed = await listOf(admin, program.id);
    expect(managed.manages).toBe(true);
    expect(managed.starters.map((s) => s.title)).toEqual(["Being a good mentor", "Giving feedback", "Setting goals"]);
    expect(managed.items.find((m) => m.id === added.id)!.questions[0]!.answer).toBe(1);

    const mine = await listOf(await as("mia"), program.id);
    expect(mine.items.map((m) => m.title)).toEqual(["Listening"]);
    expect(mine.items[0]).toMatchObject({ status: "todo", passedCount: null });
    expect(mine.items[0]!.questions[0]).toEqual({ prompt: "Who talks most?", options: ["The mentor", "The mentee"] });
    expect(mine.items[0]!.guideHtml).toContain("<h2>Listen</h2>");
    expect(mine.items[0]!.guideHtml).toContain("<h2>Listen</h2>");
    expect(mine.items[0]!.guideHtml).not.toContain("<script");
    expect(mine.items[0]!.guideHtml).not.toContain('href="javascript:');
  });

  it("refuses bad modules and participants' edits, and changes nothing", async () => {
    const { admin, program, as } = await setUp();
    const post = (c: Client, body: unknown) => c.json("POST", `/api/programs/${program.id}/training`, { body });
    const cases: [unknown, string][] = [
      [{ ...quiz, title: " " }, "title"],
      [{ ...quiz, questions: [{ prompt: "?", options: ["a", "b"], answer: 2 }] }, "questions.0.answer"],
      [{ ...quiz, questions: [{ prompt: "?", options: ["only"], answer: 0 }] }, "questions.0.options"],
      [{ ...quiz, questions: Array(11).fill(quiz.questions[0]) }, "questions"],
      [{ ...quiz, passMark: 101 }, "passMark"],
      [{ ...quiz, audience: "everyone" }, "audience"],
    ];
    for (const [body, field] of cases) {
      const res = await post(admin, body);
      expect(res.status, field).toBe(400);
      expect(refusalIn(res.body).error.fields).toHaveProperty([field]);
    }
    const unknown = await admin.json("POST", `/api/programs/${program.id}/training/starters`, { body: { key: "x" } });
    expect(unknown.status).toBe(400);
    expect((await listOf(admin, program.id)).items).toEqual([]);

    const mia = await as("mia");
    expect((await post(mia, quiz)).status).toBe(404);
    const added = await ok(training(admin).$post({ param: { id: program.id }, json: quiz }), 201);
    const put = await mia.json("PUT", `/api/training/${added.id}`, { body: { ...quiz, title: "Mine now" } });
    expect(put.status).toBe(403);
    expect((await mia.json("DELETE", `/api/training/${added.id}`)).status).toBe(403);
    expect((await listOf(admin, program.id)).items[0]!.title).toBe("Listening");
    const badEdit = await admin.json("PUT", `/api/training/${added.id}`, { body: { ...quiz, questions: "none" } });
    expect(badEdit.status).toBe(400);
    expect((await listOf(admin, program.id)).items[0]!.questions).toHaveLength(2);
    const edited = await ok(
      admin.api.training[":id"].$put({ param: { id: added.id }, json: { ...quiz, title: "Listening well" } }),
    );
    expect(edited.title).toBe("Listening well");

    const stranger = (await seedProgram({ people: { x: { name: "Xi Outsider", role: "mentee" } } })).as;
    const xi = await stranger("x");
    expect((await xi.json("GET", `/api/programs/${program.id}/training`)).status).toBe(404);
    expect((await xi.json("POST", `/api/training/${added.id}/attempts`, { body: { answers: [1, 1] } })).status).toBe(
      404,
    );
    // A mentor may not take the mentees' module.
    const ada = await as("ada");
    expect((await ada.json("POST", `/api/training/${added.id}/attempts`, { body: { answers: [1, 1] } })).status).toBe(
      403,
    );
    await ok(admin.api.training[":id"].$delete({ param: { id: added.id } }));
    expect((await listOf(admin, program.id)).items).toEqual([]);
  });

  it("holds a program to 20 modules", async () => {
    const { admin, program } = await setUp();
    for (let i = 0; i < 20; i++) {
      await ok(training(admin).$post({ param: { id: program.id }, json: { ...quiz, title: `M${i}` } }), 201);
    }
    const over = await admin.json("POST", `/api/programs/${program.id}/training`, { body: quiz });
    expect(over.status).toBe(409);
    expect(refusalIn(over.body).error.code).toBe("too_many_modules");
  });

  it("marks answers on the server; a failed attempt can be retried and a pass stays", async () => {
    const { admin, program, as } = await setUp();
    const m = await ok(training(admin).$post({ param: { id: program.id }, json: quiz }), 201);
    const mia = await as("mia");
    const attempt = (answers: number[]) => mia.json("POST", `/api/training/${m.id}/attempts`, { body: { answers } });
    expect((await attempt([1])).status).toBe(400);
    expect((await attempt([1, 9])).status).toBe(400);
    expect((await attempt([1, 0])).body).toEqual({
      score: 50,
      passed: false,
      wrong: [1],
      attempts: 1,
      status: "failed",
    });
    expect((await listOf(mia, program.id)).items[0]).toMatchObject({ status: "failed", lastScore: 50 });
    expect((await attempt([1, 1])).body).toMatchObject({ score: 100, passed: true, attempts: 2, status: "passed" });
    expect((await attempt([0, 0])).body).toMatchObject({ passed: false, attempts: 3, status: "passed" });
    expect((await listOf(mia, program.id)).items[0]).toMatchObject({ status: "passed", lastScore: 100 });
    expect((await listOf(admin, program.id)).items[0]!.passedCount).toBe(1);
  });

  it("puts required training on the dashboard until it is passed", async () => {
    const { admin, program, as } = await setUp();
    const m = await ok(training(admin).$post({ param: { id: program.id }, json: quiz }), 201);
    await ok(
      training(admin).$post({ param: { id: program.id }, json: { ...quiz, title: "Optional", required: false } }),
      201,
    );
    const mia = await as("mia");
    const steps = async () => (await ok(mia.api.me.next.$get())).items.filter((s) => s.kind === "do-training");
    expect(await steps()).toEqual([
      {
        kind: "do-training",
        title: "Listening",
        href: `/programs/${program.id}/training`,
        dueAt: null,
        since: null,
        cycle: null,
      },
    ]);
    await ok(mia.api.training[":id"].attempts.$post({ param: { id: m.id }, json: { answers: [1, 1] } }));
    expect(await steps()).toEqual([]);
  });

  it("keeps matching from pairing anyone whose required training is not done, and says why", async () => {
    const { admin, program, as, ids, queues } = await setUp();
    const menteeModule = await ok(training(admin).$post({ param: { id: program.id }, json: quiz }), 201);
    const runs = admin.api.programs[":id"]["match-runs"];
    const run = async () => {
      const started = await ok(runs.$post({ param: { id: program.id } }), 202);
      await queues.drain("tandem-match");
      return ok(runs[":runId"].$get({ param: { id: program.id, runId: started.id }, query: {} }));
    };
    const first = await run();
    expect(first.pairs).toEqual([]);
    expect(first.unmatched).toEqual([
      expect.objectContaining({ personId: ids.mia, reason: "Has not finished the required training: Listening." }),
    ]);

    const mia = await as("mia");
    await ok(mia.api.training[":id"].attempts.$post({ param: { id: menteeModule.id }, json: { answers: [1, 1] } }));
    // Now the mentor's required module holds Ada back: Mia has no mentor to be paired with.
    const mentorModule = await ok(
      training(admin).starters.$post({ param: { id: program.id }, json: { key: "good-mentor" } }),
      201,
    );
    const second = await run();
    expect(second.pairs).toEqual([]);
    expect(second.unmatched[0]!.reason).toBe("There are no mentors yet.");

    const ada = await as("ada");
    await ok(ada.api.training[":id"].attempts.$post({ param: { id: mentorModule.id }, json: { answers: [1, 1] } }));
    const third = await run();
    expect(third.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([[ids.ada, ids.mia]]);
  });
});
