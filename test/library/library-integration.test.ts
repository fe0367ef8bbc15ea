/**
 * A program's library in workerd: managers add articles and links tagged with the program's skills,
 * participants read them, outsiders never see a program-only entry (list, search or direct fetch),
 * managers pin, archive and see read counts, and bad input changes nothing.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, env, signIn, uniqueEmail, type Client, type Refusal } from "../helpers";
import { seedProgram } from "../seed";

type Summary = { id: string; title: string; pinned: boolean; archived: boolean; reads: number | null; tags: string[] };
type Page = { items: Summary[]; total: number };
type Hit = { id: string; title: string };
type Entry = Summary & { html: string; canManage: boolean };

async function setUp() {
  const ours = await seedProgram({ people: { reader: { name: "Rae Reader", role: "mentee" } } });
  const theirs = await seedProgram({ people: { outsider: { name: "Otto Outsider", role: "mentee" } } });
  const managerEmail = uniqueEmail("manager");
  await env.DB.prepare("INSERT INTO people (id, email, name) VALUES (?, ?, 'Maya Manager')")
    .bind(crypto.randomUUID(), managerEmail)
    .run();
  await ours.admin.json("PUT", `/api/programs/${ours.program.id}/managers`, { body: { emails: [managerEmail] } });
  return {
    programId: ours.program.id,
    admin: ours.admin,
    manager: await signIn(managerEmail),
    reader: await ours.as("reader"),
    outsider: await theirs.as("outsider"),
  };
}

const add = (c: Client, programId: string, body: Record<string, unknown>) =>
  c.json<Summary>("POST", `/api/programs/${programId}/library`, { body });
const count = async () => (await env.DB.prepare("SELECT count(*) AS n FROM library_entries").first<{ n: number }>())!.n;

describe("a program's library", () => {
  it("takes articles and links from managers and shows program-only ones to its people alone", async () => {
    const { programId, manager, reader, outsider } = await setUp();
    const article = await add(manager, programId, {
      kind: "article",
      title: "Presenting with confidence",
      body: "Practise **out loud**, twice.",
      tags: ["Public Speaking"],
    });
    expect(article.status).toBe(201);
    // Tags take the vocabulary's spelling, whatever the case typed.
    expect(article.body.tags).toEqual(["public speaking"]);
    const link = await add(manager, programId, {
      kind: "link",
      title: "Spreadsheet drills",
      url: "https://example.com/drills",
      tags: ["data analysis"],
      scope: "company",
    });
    expect(link.status).toBe(201);

    const listed = await reader.json<Page>("GET", `/api/programs/${programId}/library`);
    expect(listed.body.items.map((e) => e.title).sort()).toEqual(["Presenting with confidence", "Spreadsheet drills"]);
    expect(listed.body.items[0]!.reads).toBeNull();
    const opened = await reader.json<Entry>("GET", `/api/library/${article.body.id}`);
    expect(opened.body.html).toContain("<strong>out loud</strong>");

    // The outsider finds the company-wide link, and nothing of the program-only article anywhere.
    expect((await outsider.json("GET", `/api/programs/${programId}/library`)).status).toBe(404);
    expect((await outsider.json("GET", `/api/library/${article.body.id}`)).status).toBe(404);
    const search = await outsider.json<Hit[]>("GET", "/api/library?q=presenting");
    expect(search.body).toEqual([]);
    const browse = await outsider.json<Hit[]>("GET", `/api/library?programId=${programId}`);
    expect(browse.body.map((h) => h.title)).toEqual(["Spreadsheet drills"]);
    expect((await outsider.json("GET", `/api/library/${link.body.id}`)).status).toBe(200);
  });

  it("lets managers pin, archive and see read counts, and nobody else", async () => {
    const { programId, manager, reader } = await setUp();
    const first = await add(manager, programId, { kind: "article", title: "First", body: "one" });
    const second = await add(manager, programId, { kind: "article", title: "Second", body: "two" });
    for (let i = 0; i < 3; i++) await reader.json("GET", `/api/library/${first.body.id}`);

    expect((await reader.json("PATCH", `/api/library/${first.body.id}`, { body: { pinned: true } })).status).toBe(403);
    const pinned = await manager.json<Summary>("PATCH", `/api/library/${second.body.id}`, { body: { pinned: true } });
    expect(pinned.body.pinned).toBe(true);
    const page = await manager.json<Page>("GET", `/api/programs/${programId}/library`);
    expect(page.body.items.map((e) => [e.title, e.reads])).toEqual([
      ["Second", 0],
      ["First", 3],
    ]);
    const byReads = await manager.json<Page>("GET", `/api/programs/${programId}/library?sort=reads`);
    expect(byReads.body.items.map((e) => e.title)).toEqual(["Second", "First"]);

    await manager.json("PATCH", `/api/library/${first.body.id}`, { body: { archived: true } });
    const seen = await reader.json<Page>("GET", `/api/programs/${programId}/library`);
    expect(seen.body.items.map((e) => e.title)).toEqual(["Second"]);
    expect((await reader.json("GET", `/api/library/${first.body.id}`)).status).toBe(404);
    expect((await reader.json<Hit[]>("GET", "/api/library?q=first")).body).toEqual([]);
    const kept = await manager.json<Page>("GET", `/api/programs/${programId}/library`);
    expect(kept.body.items.find((e) => e.title === "First")?.archived).toBe(true);
  });

  it("refuses bad input and outsiders' changes, changing nothing", async () => {
    const { programId, manager, reader, admin } = await setUp();
    const before = await count();
    const bad = [
      { kind: "article", title: "", body: "x" },
      { kind: "article", title: "x".repeat(161), body: "x" },
      { kind: "article", title: "Long", body: "x".repeat(20_001) },
      { kind: "article", title: "Tagged", body: "x", tags: ["juggling"] },
      { kind: "link", title: "Script", url: "javascript:alert(1)" },
      { kind: "video", title: "What", body: "x" },
    ];
    for (const body of bad) {
      const res = await add(manager, programId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as unknown as Refusal).error.code).toBe("invalid_input");
    }
    expect((await add(reader, programId, { kind: "article", title: "Mine", body: "x" })).status).toBe(404);
    expect((await new (await import("../helpers")).Client().json("GET", "/api/library")).status).toBe(401);
    expect(await count()).toBe(before);

    // At their maximum, they are taken.
    const longest = await add(manager, programId, {
      kind: "article",
      title: "t".repeat(160),
      body: "word ".repeat(4000).trim(),
      tags: ["public speaking", "data analysis"],
    });
    expect(longest.status).toBe(201);
    // Company-wide entries of no program are the admins'.
    expect(
      (await manager.json("POST", "/api/library", { body: { kind: "article", title: "All", body: "x" } })).status,
    ).toBe(403);
    const everyone = await admin.json<Summary>("POST", "/api/library", {
      body: { kind: "article", title: "For everyone", body: "x", tags: ["anything"] },
    });
    expect(everyone.status).toBe(201);
    expect((await reader.json("GET", `/api/library/${everyone.body.id}`)).status).toBe(200);
    expect(ADMIN).toBe("admin@example.com");
  });
});
