/**
 * A search hit's snippet: plain text with the words found between <mark> and </mark>. It is split on
 * those markers and shown as text, never as HTML, so whatever an entry holds cannot run here.
 */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/<mark>|<\/mark>/);
  return <p class="snippet">{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</p>;
}

export const KIND_LABELS = { article: "Article", link: "Link", file: "File", knowledge: "What we learned" } as const;
