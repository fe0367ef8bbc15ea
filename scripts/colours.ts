// Finds raw colours in the web app's CSS and TS(X) outside styles/tokens.css, where every colour is
// named once; `npm run lint:colours` fails on any, so a new one goes into the tokens first.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { scanDialogs } from "./native-dialogs";

const HEX = /(?<![\w&-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
const NAMED = /:\s*(?:[^;{}]*\s)?(white|black|red|green|blue|yellow|orange|purple|gray|grey|pink|brown)\b/gi;

export type Finding = { file: string; line: number; text: string };

/** Each raw colour in `text` (a file's content), with its line; CSS also checked for colour names. */
export function rawColours(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  text.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\/|\/\/.*$/g, ""); // comments may mention a colour
    const patterns = file.endsWith(".css") ? [HEX, FUNCTION, NAMED] : [HEX, FUNCTION];
    for (const p of patterns) for (const m of code.matchAll(p)) found.push({ file, line: i + 1, text: m[0].trim() });
  });
  return found;
}

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* sources(path);
    else if (/\.(css|tsx?)$/.test(e.name)) yield path;
  }
}

/** Every raw colour under `root` (web/src) outside styles/tokens.css. */
export function scan(root: string): Finding[] {
  return [...sources(root)]
    .filter((f) => relative(root, f).split(sep).join("/") !== "styles/tokens.css")
    .flatMap((f) => rawColours(relative(process.cwd(), f), readFileSync(f, "utf8")));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = scan("web/src");
  for (const f of found)
    console.error(`${f.file}:${f.line}: raw colour ${f.text}: name it in web/src/styles/tokens.css`);
  // The same run keeps the browser's own dialogs out: questions go through lib/confirm.tsx.
  const dialogs = scanDialogs("web/src");
  for (const f of dialogs)
    console.error(`${f.file}:${f.line}: ${f.text}…): ask with useConfirm (web/src/lib/confirm.tsx)`);
  process.exit(found.length || dialogs.length ? 1 : 0);
}
