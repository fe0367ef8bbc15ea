/**
 * The emptying every workers test file starts from (test/fresh-database.ts): after a file has filled
 * the database (people, a program, a mentorship, library entries in the full-text index), the next file
 * finds every table empty, the migrations still applied, the index empty and the app working.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../fresh-database";
import type { Client } from "../helpers";
import { seedProgram } from "../seed";

async function rowCounts() {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'library_search_%'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results) {
    counts[name] = (await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<number>("n"))!;
  }
  return counts;
}

const indexed = async (word: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM library_search WHERE library_search MATCH ?")
    .bind(word)
    .first<number>("n"))!;

const addArticle = (seeded: { admin: Client; program: { id: string } }, title: string) =>
  seeded.admin.json("POST", `/api/programs/${seeded.program.id}/library`, {
    body: { kind: "article", title, body: "Hand over outcomes, not tasks.", tags: [], scope: "program" },
  });

describe("a fresh database for each test file", () => {
  it("empties every table a file filled, keeps the migrations, and the app works on it", async () => {
    const before = await seedProgram({ mentors: 1, mentees: 1, pairs: [["mentor0", "mentee0"]] });
    expect((await addArticle(before, "Notes on delegation")).status).toBe(201);
    expect(await indexed("delegation")).toBe(1);
    const filled = await rowCounts();
    expect(filled.people).toBeGreaterThan(0);
    expect(filled.mentorships).toBe(1);
    expect(filled.library_entries).toBe(1);

    await freshDatabase(env.DB, env.TEST_MIGRATIONS);

    const { d1_migrations: applied, ...rest } = await rowCounts();
    expect(applied).toBe(env.TEST_MIGRATIONS.length);
    expect(Object.entries(rest).filter(([, n]) => n > 0)).toEqual([]);
    expect(await indexed("delegation")).toBe(0);

    const after = await seedProgram({ mentees: 1 });
    expect((await addArticle(after, "Running one-to-ones")).status).toBe(201);
    expect(await indexed("delegation")).toBe(0);
    expect(await indexed("running")).toBe(1);
    // Counting starts again as in a fresh database, so no test sees what came before.
    expect(await env.DB.prepare("SELECT row_no FROM library_entries").first<number>("row_no")).toBe(1);
  });
});
