/**
 * A sentence with elements inside it (code, a link) stays one message in the catalog, so a language can
 * put them where its word order wants: the message is formatted with `slot(name)` in each element's
 * place, then cut there. Written here because `t` gives plain text, not elements.
 */
import type { ComponentChildren } from "preact";

/** What stands in a message for the element `name` until `Slotted` puts the element there. */
export const slot = (name: string) => `\u2063${name}\u2063`;

export function Slotted({ text, parts }: { text: string; parts: Record<string, ComponentChildren> }) {
  // Split with a capture group: text, name, text, name, … so odd places are the elements' names.
  return <>{text.split(/\u2063(\w+)\u2063/).map((piece, i) => (i % 2 ? parts[piece] : piece))}</>;
}
