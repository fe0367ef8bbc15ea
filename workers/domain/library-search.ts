/**
 * @module domain/library-search
 * What the library's search asks FTS5: the words typed, as prefixes ("mentor" finds "mentoring"), and
 * for typos the indexed words close to each ("mentorng" or "mentroing" finds "mentoring"). Plain code over strings, so
 * it is benchmarked and tested without D1.
 */
import levenshtein from "damerau-levenshtein";

// Damerau's distance counts two letters swapped ("tabels") as one typo, as people make them.
const distance = (a: string, b: string) => levenshtein(a, b).steps;

const MAX_WORDS = 8;
const MAX_WORD = 40;

/** The words of a query as the index's tokenizer sees them: lower case, accents dropped, letters and digits. */
export function queryWords(q: string): string[] {
  const words = q
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_WORD));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

// Every word quoted, so a word such as AND, OR, NEAR or NOT is searched for, not read as an operator.
const quoted = (w: string) => `"${w}"`;

/** Every word, each as a prefix: an FTS5 MATCH expression, or null with no word to look for. */
export function prefixMatch(words: string[]): string | null {
  return words.length ? words.map((w) => `${quoted(w)}*`).join(" AND ") : null;
}

/** How many edits a word of this length may be away from what was meant: none below four letters. */
export const typosAllowed = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * The words typed, each also matching the indexed `terms` within its typos allowed (and the terms that
 * start like it); null when no word has such a neighbour, since the prefix search already said all.
 */
export function typoMatch(words: string[], terms: string[]): string | null {
  let widened = false;
  const parts = words.map((w) => {
    const allowed = typosAllowed(w);
    const near = allowed
      ? terms.filter((t) => t !== w && Math.abs(t.length - w.length) <= allowed && distance(t, w) <= allowed)
      : [];
    if (!near.length) return `${quoted(w)}*`;
    widened = true;
    return `(${[`${quoted(w)}*`, ...near.map((t) => `${quoted(t)}*`)].join(" OR ")})`;
  });
  return widened ? parts.join(" AND ") : null;
}

/** The range of indexed words a typo of `word` may be: those of its first letter. */
export const termRange = (word: string) => ({
  from: word.slice(0, 1),
  to: String.fromCodePoint(word.codePointAt(0)! + 1),
});
