import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rawColours, scan } from "../../scripts/colours";

describe("the raw colour check", () => {
  it("finds hex, functional and named colours, and not ids, anchors or comments", () => {
    const css = ".a { color: #7f1d1d; }\n.b { background: rgb(15 23 42 / 0.5); }\n.c { border: 1px solid white; }";
    expect(rawColours("x.css", css).map((f) => [f.line, f.text])).toEqual([
      [1, "#7f1d1d"],
      [2, "rgb("],
      [3, ": 1px solid white"],
    ]);
    const tsx = 'const a = <a href="#main">x</a>;\n// was #fff\nconst s = { fill: "#000" };\nconst w = "white-space";';
    expect(rawColours("x.tsx", tsx).map((f) => [f.line, f.text])).toEqual([[3, "#000"]]);
    expect(rawColours("x.css", ".a { color: var(--fg); white-space: nowrap; }")).toEqual([]);
  });

  it("allows colours only in styles/tokens.css", () => {
    const root = mkdtempSync(join(tmpdir(), "colours-"));
    mkdirSync(join(root, "styles"));
    writeFileSync(join(root, "styles", "tokens.css"), ":root { --fg: #1f2933; }");
    writeFileSync(join(root, "styles", "events.css"), ".x { color: var(--fg); }");
    expect(scan(root)).toEqual([]);
    writeFileSync(join(root, "Page.tsx"), 'export const s = { background: "#e4e7eb" };');
    expect(scan(root).map((f) => f.text)).toEqual(["#e4e7eb"]);
  });

  it("passes on the web app as it is", () => {
    expect(scan("web/src")).toEqual([]);
  });
});
