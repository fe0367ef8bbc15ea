/**
 * @module features/library/capture
 * The first words of captured knowledge: the pair's meeting notes under a heading, for them to shape
 * into what others may learn from before both approve it.
 */
import { MAX_BODY } from "./schemas";

const INTRO = "_A draft from our meeting notes: keep what helps others, leave out what is private, then approve it._";

/** The draft's Markdown from the notes, oldest first, cut to the largest body an entry takes. */
export function draftFromNotes(notes: { startsAt: number; notes: string }[]): string {
  const parts = ["## What we learned", INTRO];
  for (const n of notes)
    parts.push(`### Meeting of ${new Date(n.startsAt).toISOString().slice(0, 10)}`, n.notes.trim());
  const body = parts.join("\n\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 1)}…` : body;
}
