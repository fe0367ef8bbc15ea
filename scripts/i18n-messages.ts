/**
 * The message ids the app's code uses and the catalogs that word them: read alike by
 * `npm run i18n:extract` and by the catalog test, so what one writes the other checks.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCALES = "web/src/locales";

/** Ids a language words exactly as English does, on purpose (a loanword, a name). */
export const SAME_AS_ENGLISH: Record<string, string[]> = { de: ["join.role.mentee"] };

// By hand rather than i18next-parser: ids are flat ICU keys written as `t("…")`, which one pattern finds.
const CALL = /\bt\(\s*"([^"]+)"/g;

/** Every id a `t("…")` call names under `root`, with the files that name it. */
export function idsInCode(root = "web/src"): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, id] of readFileSync(join(root, file), "utf8").matchAll(CALL)) {
      ids.set(id!, [...(ids.get(id!) ?? []), file]);
    }
  }
  return ids;
}

export type Catalog = Record<string, string>;

/** Each language's catalog, by its code ("en", "de"). */
export function readCatalogs(): Record<string, Catalog> {
  const files = readdirSync(LOCALES).filter((f) => f.endsWith(".json"));
  return Object.fromEntries(
    files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(LOCALES, f), "utf8")) as Catalog]),
  );
}

/** Writes a catalog sorted by id, so a change shows as a small diff. */
export function writeCatalog(language: string, catalog: Catalog) {
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(LOCALES, `${language}.json`), `${JSON.stringify(sorted, null, 2)}\n`);
}
