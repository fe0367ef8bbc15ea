/** @module features/library/tags — an entry's tags are skills of its program's vocabulary, spelled as there. */
import { badRequest } from "../../platform/errors";

/** The tags as the vocabulary spells them (any case matches); 400 naming those it lacks. */
export function vocabularyTags(tags: string[], vocabulary: string[], field = "tags"): string[] {
  const byKey = new Map(vocabulary.map((s) => [s.toLowerCase(), s]));
  const unknown = tags.filter((t) => !byKey.has(t.toLowerCase()));
  if (unknown.length) {
    throw badRequest("invalid_input", "Tag entries with the program's skills.", {
      [field]: `Not a skill of this program: ${unknown.join(", ")}.`,
    });
  }
  return [...new Set(tags.map((t) => byKey.get(t.toLowerCase())!))];
}
