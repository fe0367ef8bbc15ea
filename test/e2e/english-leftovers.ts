/**
 * English left on a page that should speak German: any text on it (a text node, or an aria-label,
 * placeholder, title or alt) that is word for word a catalog's English message with no placeholders,
 * unless that text is German too (a message German words the same, as "Details" in the audit log).
 */
import type { Page } from "playwright-core";

type Catalog = Record<string, string>;

export async function englishLeftovers(page: Page, catalogs: { en: Catalog; de: Catalog }[]): Promise<string[]> {
  const german = new Set(catalogs.flatMap(({ de }) => Object.values(de)));
  const english = new Set(
    catalogs.flatMap(({ en }) => Object.values(en).filter((message) => !message.includes("{") && !german.has(message))),
  );
  const shown = await page.locator("body").evaluate((body) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? "");
    for (const el of Array.from(body.querySelectorAll("[aria-label], [placeholder], [title], [alt]")))
      for (const name of ["aria-label", "placeholder", "title", "alt"]) texts.push(el.getAttribute(name) ?? "");
    return texts.map((text) => text.trim()).filter(Boolean);
  });
  return [...new Set(shown.filter((text) => english.has(text)))];
}
