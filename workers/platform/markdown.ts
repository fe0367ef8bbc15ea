/**
 * @module platform/markdown
 * Markdown written by people and shown to others (library articles, training guides): rendered by `marked`, then cleaned by
 * `xss` with an allow-list, so no script, event handler, style or `javascript:` link reaches a reader,
 * whatever the Markdown held (raw HTML included).
 */
import { Marked, type Token } from "marked";
import xssModule from "xss";
import type * as Xss from "xss";

// xss is CommonJS: bundled for workerd, its named exports hang off the module's default export.
const { FilterXSS, escapeAttrValue } = xssModule as unknown as typeof Xss;

const marked = new Marked({ gfm: true, async: false });

const allowed = ["href", "title"];
const cleaner = new FilterXSS({
  whiteList: {
    a: allowed,
    p: [],
    br: [],
    hr: [],
    h1: [],
    h2: [],
    h3: [],
    h4: [],
    h5: [],
    h6: [],
    ul: [],
    ol: ["start"],
    li: [],
    strong: [],
    em: [],
    del: [],
    code: [],
    pre: [],
    blockquote: [],
    table: [],
    thead: [],
    tbody: [],
    tr: [],
    th: ["align"],
    td: ["align"],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ["script", "style", "iframe", "object", "embed", "template"],
  onTagAttr(tag, name, value) {
    // Only web and mail links: xss's own check lets through schemes a browser would still run.
    if (tag === "a" && name === "href") {
      const plain = value.replace(/[\u0000-\u0020]/g, "");
      if (!/^(https?:|mailto:|#|\/(?!\/))/i.test(plain)) return "";
      return `href="${escapeAttrValue(value)}" rel="noopener noreferrer nofollow"`;
    }
    return undefined;
  },
});

/** The Markdown as HTML that is safe to put in a page. */
export function renderMarkdown(markdown: string): string {
  return cleaner.process(marked.parse(markdown) as string);
}

/** The words of the Markdown without its marks, for the search index and its snippets. */
export function plainWords(markdown: string): string {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      const children = "tokens" in t && Array.isArray(t.tokens) ? t.tokens : null;
      if (children?.length) walk(children);
      else if (t.type === "list") walk(t.items as Token[]);
      else if (t.type === "table") {
        for (const cell of t.header) walk(cell.tokens);
        for (const row of t.rows) for (const cell of row) walk(cell.tokens);
      } else if (t.type === "html") out.push(t.text.replace(/<[^>]*>/g, " "));
      else if ("text" in t && typeof t.text === "string") out.push(t.text);
    }
  };
  walk(marked.lexer(markdown));
  return out.join(" ").replace(/\s+/g, " ").trim();
}
