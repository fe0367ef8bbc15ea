/** A status as a tag in the one palette (ARCHITECTURE.md, the web app): its tone comes from `toneOf`. */
import type { ComponentChildren } from "preact";
import { useT } from "./i18n";
import { toneOf, type Tone } from "./tone";
import { statusWord } from "./words";

/**
 * A tag in one tone of the status palette. The tone's colours are its tokens in styles/tokens.css,
 * `--<tone>-bg` and `--<tone>-fg`, handed to `.tag` as `--tone-bg` and `--tone-fg`: the palette is the
 * tokens, and the `Tone` type says which exist.
 */
export function Tag({ tone, class: extra, children }: { tone: Tone; class?: string; children: ComponentChildren }) {
  const colours = { "--tone-bg": `var(--${tone}-bg)`, "--tone-fg": `var(--${tone}-fg)` } as Record<string, string>;
  return (
    <span class={extra ? `tag ${extra}` : "tag"} data-tone={tone} style={colours}>
      {children}
    </span>
  );
}

/** Shows `status` in the viewer's words, or `children` where the page words it otherwise. */
export function StatusTag({ status, children }: { status: string; children?: ComponentChildren }) {
  useT(); // re-renders the tag when the language changes
  return <Tag tone={toneOf(status)}>{children ?? statusWord(status)}</Tag>;
}
