/**
 * @module features/library/drafting
 * What every kind of captured knowledge shares: making the one open draft, asking the other authors to
 * review it, and the entry as an author sees it after a change.
 */
import type { DB } from "../../platform/db";
import { ApiError } from "../../platform/errors";
import { plainWords } from "../../platform/markdown";
import { sendMails, type Mailer } from "../mail";
import { entryOf } from "./dto";
import { knowledgeReviewMail } from "./mail";
import { authorsOf, entryById, type Entry } from "./repo/entries";
import { makeDraft, type Draft } from "./repo/knowledge";
import { languageOf } from "../../platform/i18n";

type Author = { id: string; name: string; email: string; uiLanguage: string | null };

/** The entry as its author sees it after a change. */
export async function asAuthor(db: DB, id: string) {
  const entry = (await entryById(db, id))!;
  return entryOf(entry, await authorsOf(db, id), { manages: false, authored: true });
}

export const notDraft = (e: Entry) =>
  new ApiError(409, "not_draft", `This entry is ${e.status}: only a draft changes.`);

/**
 * The source's open draft, made now or before, as the caller sees it. Every author but the one who made
 * it is asked to review it, one mail each keyed by the draft: asking again (a retry after a failure
 * between the draft and its mail) sends what is missing and nothing twice (invariant 1).
 */
export async function draftAndAsk(
  mailer: Mailer,
  d: Omit<Draft, "authorIds" | "searchText" | "createdBy">,
  caller: Author,
  authors: Author[],
) {
  const { db } = mailer;
  const authorIds = authors.map((a) => a.id);
  const { draft, created } = await makeDraft(db, {
    ...d,
    searchText: plainWords(d.body),
    createdBy: caller.id,
    authorIds,
  });
  const entry = await asAuthor(db, draft.id);
  // Someone who wrote none of an open draft's notes may not read it by asking for another.
  if (!entry.authors.some((a) => a.id === caller.id)) {
    throw new ApiError(409, "draft_under_way", "A draft is already waiting for its authors' approval.");
  }
  const drafter = authors.find((a) => a.id === draft.createdBy) ?? caller;
  const others = authors.filter((a) => a.id !== draft.createdBy && entry.authors.some((e) => e.id === a.id));
  if (others.length) {
    await sendMails(
      db,
      mailer.queue,
      others.map((a) => ({
        key: `knowledge-review:${draft.id}:${a.id}`,
        to: a.email,
        mail: knowledgeReviewMail(languageOf(a.uiLanguage), a.name, drafter.name, draft, mailer.origin),
      })),
    );
  }
  return { entry, created };
}
