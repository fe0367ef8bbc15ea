/**
 * @module domain/person-name
 * What a person's name may be, wherever it comes from (sign-up, profile, walk-in, CSV import): shown
 * in lists, mails and other people's screens, it must be visible and must not reorder or hide the text
 * around it. Plain TypeScript: no platform imports.
 */
import { z } from "zod";

/** The longest name, in what a reader sees as characters (grapheme clusters), so 100 emoji fit. */
export const MAX_NAME_GRAPHEMES = 120;
// A bound on storage whatever the clusters hold (a cluster can carry any number of combining marks).
const MAX_NAME_UNITS = 2000;

// C0/C1 controls (NUL included) and the bidirectional controls: embeddings, overrides (U+202E),
// isolates and marks, which can make a name display as something else.
const FORBIDDEN = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Letters that render as nothing: Hangul fillers, the braille blank, the Mongolian vowel separator.
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu;
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

let segmenter: Intl.Segmenter | undefined;
/** How many characters a reader sees in `s` (grapheme clusters, as Intl.Segmenter counts them). */
export function graphemeCount(s: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

/** Why `name` (already trimmed) cannot be a person's name, or null when it can. */
export function personNameProblem(name: string): string | null {
  if (!name) return "Enter your name.";
  if (FORBIDDEN.test(name)) return "A name cannot contain control or text-direction characters.";
  if (!VISIBLE.test(name.replace(BLANK_LETTERS, ""))) return "A name needs at least one visible letter.";
  if (name.length > MAX_NAME_UNITS || graphemeCount(name) > MAX_NAME_GRAPHEMES) {
    return `A name has at most ${MAX_NAME_GRAPHEMES} characters.`;
  }
  return null;
}

/** Every person's name the API takes: trimmed, visible, no control or text-direction characters. */
export const personName = z
  .string()
  .trim()
  .superRefine((name, ctx) => {
    const problem = personNameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
