// Finds the browser's own confirm(), alert() and prompt() in the web app: they block the page, cannot be
// styled or tested, and skip the app's focus handling; every question goes through lib/confirm.tsx.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const NATIVE = /(?<![\w.$])(?:window\.|globalThis\.)?(confirm|alert|prompt)\s*\(/g;

export type Finding = { file: string; line: number; text: string };

/** Each call of a native dialog in `text` (a file's content), with its line; comments are skipped. */
export function nativeDialogs(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  text.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\/|\/\/.*$|^\s*\*.*$/g, "");
    for (const m of code.matchAll(NATIVE)) found.push({ file, line: i + 1, text: m[0] });
  });
  return found;
}

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(e.name)) yield path;
  }
}

/** Every native dialog call under `root` (web/src). */
export const scanDialogs = (root: string): Finding[] =>
  [...sources(root)].flatMap((f) => nativeDialogs(relative(process.cwd(), f), readFileSync(f, "utf8")));
