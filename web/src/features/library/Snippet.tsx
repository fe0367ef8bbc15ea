/**
 * A search hit's snippet: plain text with the words found between <mark> and </mark>. It is split on
 * those markers and shown as text, never as HTML, so whatever an entry holds cannot run here.
 */
import { useT } from "./i18n";

export function Snippet({ text }: { text: string }) {
  const parts = text.split(/<mark>|<\/mark>/);
  return <p class="snippet">{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</p>;
}

/** What kind of entry it is, as a tag. */
export function KindTag({ kind }: { kind: string }) {
  const { t } = useT();
  return <span class="tag">{t("library.kind", { kind })}</span>;
}

/** "Ana and Ben", "Ana, Ben and Cy": names as the viewer's language lists them. */
export const listOf = (language: string, names: string[]) =>
  new Intl.ListFormat(language, { type: "conjunction" }).format(names);
