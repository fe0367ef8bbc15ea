/** A status as a tag in the one palette (ARCHITECTURE.md, the web app): its tone comes from `toneOf`. */
import type { ComponentChildren } from "preact";
import { useT } from "./i18n";
import { toneOf } from "./tone";
import { statusWord } from "./words";

/** Shows `status` in the viewer's words, or `children` where the page words it otherwise. */
export function StatusTag({ status, children }: { status: string; children?: ComponentChildren }) {
  useT(); // re-renders the tag when the language changes
  return (
    <span class="tag" data-tone={toneOf(status)}>
      {children ?? statusWord(status)}
    </span>
  );
}
