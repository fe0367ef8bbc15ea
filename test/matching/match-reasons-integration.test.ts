/**
 * A pair's stored reasons as each person reads them on their dashboard (`GET /api/me/mentorships`): in
 * their own words, with weak points apart; and skills keep the capitals their owner wrote.
 */
import { describe, expect, it } from "vitest";
import { env, ok } from "../helpers";
import { seedProgram } from "../seed";

describe("match reasons", () => {
  it("are worded for each of the pair, weak points apart", async () => {
    const { mentorships, as } = await seedProgram({
      people: { mo: { name: "Mo Mentor", role: "mentor" }, mia: { name: "Mia Mentee", role: "mentee" } },
      pairs: [["mo", "mia"]],
    });
    const stored = [
      "You both care about SQL",
      "Their experience speaks to your goal (board)",
      "No working hours in common",
    ];
    await env.DB.prepare("UPDATE mentorships SET reasons = ? WHERE id = ?")
      .bind(JSON.stringify(stored), mentorships[0])
      .run();
    const [mine] = (await ok((await as("mia")).api.me.mentorships.$get())).items;
    expect(mine).toMatchObject({
      reasons: ["You both care about SQL", "Their experience speaks to your goal (board)"],
      watchOut: ["No shared working hours"],
    });
    const [theirs] = (await ok((await as("mo")).api.me.mentorships.$get())).items;
    expect(theirs!.reasons).toEqual(["You both care about SQL", "Your experience speaks to their goal (board)"]);
    expect(theirs!.watchOut).toEqual(["No shared working hours"]);
  });

  it("name skills as people wrote them, and match them whatever their capitals", async () => {
    const { admin, program, as } = await seedProgram({
      people: {
        ada: { name: "Ada Mentor", role: "mentor", skills_offered: "sql:3;Kubernetes:2", languages: "en" },
        mia: { name: "Mia Mentee", role: "mentee", skills_sought: "SQL:2", languages: "en" },
      },
    });
    await ok(admin.api.programs[":id"].matching.$put({ param: { id: program.id }, json: { mode: "choice" } }));
    const mia = await as("mia");
    const { suggestions } = await ok(mia.api.programs[":id"].suggestions.$get({ param: { id: program.id } }));
    expect(suggestions[0]!.mentor.skillsOffered.map((s) => s.name)).toEqual(["sql", "Kubernetes"]);
    expect(suggestions[0]!.shared.skills).toEqual(["SQL"]);
    expect(suggestions[0]!.reasons[0]).toBe("You both care about SQL");
  });
});
