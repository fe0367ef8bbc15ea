/**
 * Section 8: the library's search at 10,000 entries. Tandem asks its FTS5 index (ranked by bm25, with
 * snippets, prefixes and typos forgiven); the peer scans every entry with `LIKE '%word%'`, unranked.
 * Both within what a participant may read. Measured: the median time of each query, which must stay
 * under 50 ms; and whether the peer finds what the index found (it cannot find a typo's word).
 */
import { sql } from "drizzle-orm";
import { searchLibrary } from "../workers/features/library/repo/search";
import { createDb, type DB } from "../workers/platform/db";
import { listedFor, type Viewer } from "../workers/features/library/repo/visibility";
import { localD1 } from "./local-d1";
import { ms, table, verdicts } from "./measure";

const ENTRIES = 10_000;
const BUDGET_MS = 50;
const READER: Viewer = { id: "u1", isAdmin: false, managedProgramIds: [] };
const SKILLS = ["data analysis", "public speaking", "negotiation", "kubernetes", "design reviews"];

/** A made-up vocabulary of 3,000 words, so texts vary like real ones: a few common words, many rare. */
const SYLLABLES = ["ka", "lo", "mi", "ter", "van", "su", "pe", "dor", "ri", "gan", "tu", "bel", "no", "ques"];
const word = (n: number) => {
  let w = "";
  for (let x = n + 7; w.length < 6 || x > 0; x = Math.floor(x / SYLLABLES.length)) w += SYLLABLES[x % SYLLABLES.length];
  return w;
};
const VOCABULARY = Array.from({ length: 3000 }, (_, i) => word(i));
// Zipf-like: word i is picked about 1/(i+1) as often as the first.
const pick = (seed: number) =>
  VOCABULARY[Math.floor(Math.exp(((seed % 1000) / 1000) * Math.log(VOCABULARY.length))) - 1]!;

function seeded() {
  const local = localD1();
  const s = local.sqlite;
  s.exec("BEGIN");
  s.prepare(
    "INSERT INTO programs (id, slug, name, kind, join_key) VALUES ('p', 'p', 'Bench', 'one-to-one', 'k')",
  ).run();
  s.prepare("INSERT INTO people (id, email, name) VALUES ('u1', 'u1@example.com', 'Reader')").run();
  s.prepare(
    "INSERT INTO enrollments (id, program_id, person_id, role, status) VALUES ('e1', 'p', 'u1', 'mentee', 'active')",
  ).run();
  const insert =
    s.prepare(`INSERT INTO library_entries (id, program_id, kind, scope, status, title, body, search_text, tags, created_by, published_at)
    VALUES (?, 'p', 'article', ?, 'published', ?, ?, ?, ?, 'u1', ?)`);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < ENTRIES; i++) {
    const title = Array.from({ length: 5 }, () => pick(next())).join(" ");
    const body = Array.from({ length: 80 }, () => pick(next())).join(" ");
    const tags = JSON.stringify([SKILLS[i % SKILLS.length]]);
    insert.run(`n${i}`, i % 3 ? "program" : "company", title, body, body, tags, i);
  }
  s.exec("COMMIT");
  return local;
}

/** The peer: every word as `LIKE '%word%'` over title, text and tags, newest first, within what the reader may read. */
const likeScan = (db: DB, words: string[]) =>
  db.all<{ id: string }>(
    sql`SELECT id FROM library_entries WHERE ${listedFor(READER)} AND ${sql.join(
      words.map((w) => sql`(title LIKE ${`%${w}%`} OR search_text LIKE ${`%${w}%`} OR tags LIKE ${`%${w}%`})`),
      sql` AND `,
    )} ORDER BY published_at DESC LIMIT 20`,
  );

async function median(reps: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(reps / 2)]!;
}

export async function runLibrarySearch() {
  console.log(`\n== The library's search at ${ENTRIES.toLocaleString("en")} entries: FTS5 beside a LIKE '%…%' scan ==`);
  const db = createDb(seeded().d1);
  const rare = pick(985);
  const typo = `${rare.slice(0, 3)}${rare[4]}${rare[3]}${rare.slice(5)}`;
  const queries: [string, string, string[]][] = [
    ["a common word", VOCABULARY[1]!, [VOCABULARY[1]!]],
    ["a rare word", rare, [rare]],
    ["a prefix", rare.slice(0, 5), [rare.slice(0, 5)]],
    ["a typo (two letters swapped)", typo, [typo]],
    ["two words", `${VOCABULARY[3]} ${VOCABULARY[40]}`, [VOCABULARY[3]!, VOCABULARY[40]!]],
  ];
  const rows: string[][] = [];
  for (const [label, q, words] of queries) {
    const f = { q, limit: 20 };
    const found = await searchLibrary(db, READER, f);
    const scanned = await likeScan(db, words);
    const fts = await median(15, () => searchLibrary(db, READER, f));
    const like = await median(15, () => likeScan(db, words));
    verdicts.checks++;
    if (fts > BUDGET_MS) verdicts.mismatches.push(`library search "${label}" took ${ms(fts)}, over ${BUDGET_MS} ms`);
    rows.push([label, ms(fts), String(found.length), ms(like), String(scanned.length)]);
  }
  table(["query", "FTS5 (ranked)", "hits", "LIKE scan", "hits"], rows);
  console.log(`Every FTS5 query must answer in under ${BUDGET_MS} ms; the scan cannot rank, snippet or forgive typos.`);
}
