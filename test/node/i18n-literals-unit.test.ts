/**
 * No words outside the catalogs: every screen's text goes through `t("…")`, so a German reader never
 * meets an English sentence someone typed straight into a component. Reads every component with the
 * TypeScript parser and fails on text between tags, and on a literal in an attribute people read or
 * hear (label, title, aria-label, placeholder, alt, hint…), that contains a letter. Names (Tandem) and
 * symbols are allowed below, each with its reason.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = "web/src";
/** Attributes whose text a person reads or hears. */
const READ = new Set(["label", "title", "aria-label", "placeholder", "alt", "hint", "busyLabel", "confirmLabel"]);
/** Words that are the same in every language: names, and the form a colour is typed in. */
const ALLOWED = new Set(["Tandem", "CSV", "JSON", "SCIM", "Slack", "Teams", "API", "ICS", "#rrggbb"]);
/** Elements whose text is code to type as shown (a CSV header, `sql:3`), not words to translate. */
const VERBATIM = new Set(["code", "kbd"]);

const inVerbatim = (node: ts.Node) =>
  ts.isJsxElement(node.parent) && VERBATIM.has(node.parent.openingElement.tagName.getText());

const files = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => join(ROOT, f));

/** The readable literals of one file: "file:line: text". */
function literals(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const say = (node: ts.Node, text: string) => {
    const words = text.trim();
    if (!/\p{L}/u.test(words) || ALLOWED.has(words)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${words}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !inVerbatim(node)) say(node, node.text);
    if (ts.isJsxAttribute(node) && READ.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) say(value, value.text);
      if (ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)) {
        say(value, value.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the screens' words", () => {
  it("reads some components", () => expect(files.length).toBeGreaterThan(100));

  it("come from the catalogs: no text typed between tags or into a readable attribute", () => {
    expect(files.flatMap((file) => literals(file))).toEqual([]);
  });

  it("would catch a sentence typed into a component, and lets code to type stand", () => {
    const typed = `const X = () => <p title="Hello" aria-label={"Greeting"}>Welcome back <code>sql:3</code> {t("ok")}</p>;`;
    expect(literals("x.tsx", typed)).toEqual(["x.tsx:1: Hello", "x.tsx:1: Greeting", "x.tsx:1: Welcome back"]);
  });
});
