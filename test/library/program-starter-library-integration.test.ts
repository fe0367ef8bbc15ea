/**
 * A new program's first library entries, in workerd: a program made from a template has the template's
 * starter resources as pinned links of its library, once; a copy of a program takes that program's
 * pinned entries, never its unpinned or archived ones or captured knowledge; a blank program starts empty.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, env, ok, signIn, type Client } from "../helpers";

type Page = {
  items: { id: string; title: string; url: string | null; kind: string; pinned: boolean }[];
  total: number;
};
const library = async (admin: Client, programId: string) =>
  (await admin.json<Page>("GET", `/api/programs/${programId}/library?pageSize=50`)).body;

describe("a new program's library", () => {
  it("starts with its template's starter resources, pinned, once", async () => {
    const admin = await signIn(ADMIN);
    const { items: templates } = await ok(admin.api.programs.templates.$get());
    const template = templates.find((t) => t.id === "onboarding-buddy")!;
    expect(template.resources.length).toBeGreaterThan(0);
    const program = await ok(admin.api.programs.$post({ json: { templateId: "onboarding-buddy" } }), 201);
    const page = await library(admin, program.id);
    expect(page.total).toBe(template.resources.length);
    expect(page.items.map((e) => [e.title, e.url, e.kind, e.pinned]).sort()).toEqual(
      template.resources.map((r) => [r.title, r.url, "link", true]).sort(),
    );
    // The starter links are found by the library's search like any entry.
    const first = template.resources[0]!;
    const word = first.title.split(" ").find((w) => w.length > 5)!;
    const hits = await admin.json<{ title: string }[]>(
      "GET",
      `/api/library?q=${encodeURIComponent(word)}&programId=${program.id}`,
    );
    expect(hits.body.map((h) => h.title)).toContain(first.title);

    const blank = await ok(admin.api.programs.$post({ json: { name: "Blank", kind: "one-to-one" } }), 201);
    expect((await library(admin, blank.id)).total).toBe(0);
  });

  it("of a copy holds the pinned entries of the program copied, not the rest", async () => {
    const admin = await signIn(ADMIN);
    const from = await ok(admin.api.programs.$post({ json: { templateId: "onboarding-buddy" } }), 201);
    const starters = (await library(admin, from.id)).items;
    const add = async (title: string) =>
      (
        await admin.json<{ id: string }>("POST", `/api/programs/${from.id}/library`, {
          body: { kind: "article", title, body: "Text." },
        })
      ).body.id;
    const pinned = await add("Pinned guide");
    await admin.json("PATCH", `/api/library/${pinned}`, { body: { pinned: true } });
    await add("Unpinned guide");
    await admin.json("PATCH", `/api/library/${starters[0]!.id}`, { body: { archived: true } });
    await env.DB.prepare(
      `INSERT INTO library_entries (id, program_id, kind, scope, status, title, body, search_text, tags, created_by, pinned_at, published_at)
       VALUES (?, ?, 'knowledge', 'program', 'published', 'What we learned', 'x', 'x', '[]', 'someone', 1, 1)`,
    )
      .bind(crypto.randomUUID(), from.id)
      .run();

    const copy = await ok(admin.api.programs.$post({ json: { copyFrom: from.id } }), 201);
    const copied = (await library(admin, copy.id)).items;
    const expected = ["Pinned guide", ...starters.slice(1).map((s) => s.title)];
    expect(copied.map((e) => e.title).sort()).toEqual(expected.sort());
    expect(copied.every((e) => e.pinned)).toBe(true);
    // Copies of their own: changing the copy leaves the original as it was.
    const mine = copied.find((e) => e.title === "Pinned guide")!;
    expect(mine.id).not.toBe(pinned);
    await admin.json("PATCH", `/api/library/${mine.id}`, { body: { archived: true } });
    expect((await library(admin, from.id)).items.map((e) => e.title)).toContain("Pinned guide");
  });
});
