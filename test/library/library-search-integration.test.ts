/**
 * The library's search in workerd (FTS5 in local D1): bm25 ranks a word in the title above the same
 * word in a body, words are prefixes, small typos are forgiven after exact matches, operators typed are
 * plain words, snippets mark what was found, and skill and program filters narrow it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../helpers";
import { seedProgram } from "../seed";

type Hit = { id: string; title: string; snippet: string; tags: string[]; programId: string | null; kind: string };

let reader: Client;
let programId: string;
let otherProgramId: string;

beforeAll(async () => {
  const ours = await seedProgram({ people: { reader: { name: "Rae Reader", role: "mentee" } } });
  const theirs = await seedProgram({ people: { x: { name: "X", role: "mentee" } } });
  programId = ours.program.id;
  otherProgramId = theirs.program.id;
  const add = (id: string, title: string, body: string, tags: string[] = [], scope = "program") =>
    ours.admin.json("POST", `/api/programs/${id}/library`, { body: { kind: "article", title, body, tags, scope } });
  await add(programId, "Notes on delegation", "Delegation is trust. Hand over outcomes, not tasks.");
  await add(programId, "Running one-to-ones", "Ask about delegation in passing, then listen.", ["public speaking"]);
  await add(programId, "Kubernetes for analysts", "Containers, pods and the odd deployment.", ["data analysis"]);
  await add(programId, "AND OR NOT", "Words that look like operators.");
  await add(otherProgramId, "Delegation elsewhere", "Another program, shared company-wide.", [], "company");
  reader = await ours.as("reader");
});

const search = async (query: string) => {
  const res = await reader.json<Hit[]>("GET", `/api/library?${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe("library search", () => {
  it("ranks a title match first and marks the words found in its snippet", async () => {
    const hits = await search("q=delegation");
    // Both titles with the word come before the body that has it once.
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.title)
        .sort(),
    ).toEqual(["Delegation elsewhere", "Notes on delegation"]);
    expect(hits[2]!.title).toBe("Running one-to-ones");
    const notes = hits.find((h) => h.title === "Notes on delegation")!;
    expect(notes.snippet).toContain("<mark>Delegation</mark> is trust");
    expect(notes).toMatchObject({ programId, kind: "article", tags: [] });
  });

  it("takes words as prefixes and forgives small typos after exact matches", async () => {
    expect((await search("q=kube")).map((h) => h.title)).toEqual(["Kubernetes for analysts"]);
    expect((await search("q=kubernets")).map((h) => h.title)).toEqual(["Kubernetes for analysts"]);
    expect((await search("q=delgation")).map((h) => h.title)).toContain("Notes on delegation");
    expect(await search("q=zzzz")).toEqual([]);
  });

  it("reads operators and quotes as words, and refuses an over-long query", async () => {
    expect((await search(`q=${encodeURIComponent('AND "OR')}`)).map((h) => h.title)).toEqual(["AND OR NOT"]);
    expect((await search(`q=${encodeURIComponent("NEAR(* ^ -")}`)).length).toBe(0);
    const long = await reader.json("GET", `/api/library?q=${"a".repeat(201)}`);
    expect(long.status).toBe(400);
    expect((await reader.json("GET", `/api/library?q=${"a".repeat(200)}`)).status).toBe(200);
    expect((await reader.json("GET", "/api/library?limit=51")).status).toBe(400);
  });

  it("filters by skill (any case) and by program", async () => {
    expect((await search("q=&skill=Data%20Analysis")).map((h) => h.title)).toEqual(["Kubernetes for analysts"]);
    expect((await search(`q=delegation&programId=${otherProgramId}`)).map((h) => h.title)).toEqual([
      "Delegation elsewhere",
    ]);
    expect((await search(`programId=${programId}&limit=2`)).length).toBe(2);
  });
});
