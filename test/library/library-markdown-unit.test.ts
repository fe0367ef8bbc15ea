/**
 * Articles are Markdown from people shown to other people: whatever they hold, the HTML a reader gets
 * has no script, no event handler, no style and no link that runs code.
 */
import { describe, expect, it } from "vitest";
import { plainWords, renderMarkdown } from "../../workers/platform/markdown";

const attacks = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click]( java\tscript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  '<a href="javascript:alert(1)">x</a>',
  '<div onmouseover="alert(1)">hover</div>',
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="https://evil.example"></iframe>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  "<a href='&#106;avascript:alert(1)'>x</a>",
  '[x](https://ok.example "title" onclick="alert(1)")',
];

describe("article Markdown", () => {
  it.each(attacks)("renders %s without anything that runs", (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<(script|iframe|svg|img|div|style)/i);
    // Words of the text may say anything; what matters is inside the tags.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) expect(tag).not.toMatch(/\son\w+\s*=|style=|javascript:|vbscript:|data:|&#/i);
  });

  it("keeps what articles need", () => {
    const html = renderMarkdown("## Steps\n\n1. **Bold** and _soft_\n2. [Guide](https://example.com/guide)\n\n`code`");
    expect(html).toContain("<h2>Steps</h2>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://example.com/guide" rel="noopener noreferrer nofollow">Guide</a>');
    expect(html).toContain("<code>code</code>");
  });

  it("gives the words without the marks, for the search", () => {
    expect(plainWords("## Steps\n\n- **Bold** [Guide](https://x.example)\n\n| a | b |\n|---|---|\n| c | d |")).toBe(
      "Steps Bold Guide a b c d",
    );
  });
});
