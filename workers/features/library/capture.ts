/**
 * @module features/library/capture
 * The first words of captured knowledge: a pair's meeting notes or a group's notes under a heading, for
 * their authors to shape into what others may learn from before all of them approve it.
 */
import { MAX_BODY } from "./schemas";

const INTRO = "_A draft from our notes: keep what helps others, leave out what is private, then approve it._";
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The draft's Markdown from headed notes, oldest first, cut to the largest body an entry takes. */
function draftOf(sections: { heading: string; text: string }[]): string {
  const parts = ["## What we learned", INTRO];
  for (const s of sections) parts.push(`### ${s.heading}`, s.text.trim());
  const body = parts.join("\n\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 1)}…` : body;
}

export const draftFromNotes = (notes: { startsAt: number; notes: string }[]) =>
  draftOf(notes.map((n) => ({ heading: `Meeting of ${day(n.startsAt)}`, text: n.notes })));

export const draftFromGroupNotes = (notes: { authorName: string; createdAt: number; body: string }[]) =>
  draftOf(notes.map((n) => ({ heading: `${n.authorName}, ${day(n.createdAt)}`, text: n.body })));
