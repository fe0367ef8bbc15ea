/** What the library's search asks FTS5 for: quoted prefixes, and indexed words a typo or two away. */
import { describe, expect, it } from "vitest";
import { prefixMatch, queryWords, typoMatch } from "../../workers/domain/library-search";

describe("library search words", () => {
  it("are lower case, without accents or operators, each a quoted prefix", () => {
    expect(queryWords('Café "AND" near(x*) -résumé')).toEqual(["cafe", "and", "near", "x", "resume"]);
    expect(prefixMatch(["and", "or"])).toBe('"and"* AND "or"*');
    expect(prefixMatch(queryWords("  *** "))).toBeNull();
  });

  it("widen to indexed words within the typos a word's length allows, swapped letters counting once", () => {
    const terms = ["tables", "tablet", "tabby", "mentoring", "mentor"];
    expect(typoMatch(["tabels"], terms)).toBe('("tabels"* OR "tables"*)');
    expect(typoMatch(["mentroign"], terms)).toBe('("mentroign"* OR "mentoring"*)');
    // Short words are taken as typed: three letters have too many neighbours.
    expect(typoMatch(["tab"], terms)).toBeNull();
    expect(typoMatch(["zebra"], terms)).toBeNull();
  });
});
