/**
 * A sentence with an element inside it (a link, a bold address) stays one message in the catalog, so a
 * language can put the element where its word order wants it: the message is formatted with SLOT in
 * the element's place, then cut there. Written here because `t` gives plain text, not elements.
 */
export const SLOT = "\u2063";

/** The text before and after the element's place. */
export const aroundSlot = (text: string): [string, string] => {
  const [before = "", after = ""] = text.split(SLOT);
  return [before, after];
};
