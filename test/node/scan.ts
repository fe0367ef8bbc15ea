import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Each `file:line` under `root` (TS and TSX files) whose line matches `pattern`. */
export function scanFor(root: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name))
        readFileSync(path, "utf8")
          .split("\n")
          .forEach((line, i) => pattern.test(line) && found.push(`${path}:${i + 1}: ${line.trim()}`));
    }
  };
  walk(root);
  return found;
}
