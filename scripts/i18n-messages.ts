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

// The Worker's side: mail and calendar words in workers/locales/<language>.json under ids (`t("mail.…")`),
// and the API's error messages in workers/locales/errors.<language>.json keyed by their English words.

export const WORKER_LOCALES = "workers/locales";

/** Each language's catalog of the Worker's mail and calendar words, by its code ("en", "de"). */
export function readWorkerCatalogs(): Record<string, Catalog> {
  const files = readdirSync(WORKER_LOCALES).filter((f) => /^[a-z]{2}\.json$/.test(f));
  return Object.fromEntries(
    files.map((f) => [f.slice(0, 2), JSON.parse(readFileSync(join(WORKER_LOCALES, f), "utf8")) as Catalog]),
  );
}

export function writeWorkerCatalog(language: string, catalog: Catalog, file = `${language}.json`) {
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(WORKER_LOCALES, file), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Each language's catalog of error messages (English words → its own), English excepted. */
export function readErrorCatalogs(): Record<string, Catalog> {
  const files = readdirSync(WORKER_LOCALES).filter((f) => /^errors\.[a-z]{2}\.json$/.test(f));
  return Object.fromEntries(
    files.map((f) => [f.slice(7, 9), JSON.parse(readFileSync(join(WORKER_LOCALES, f), "utf8")) as Catalog]),
  );
}

// Where the API's own words for a refusal are written: the error helpers' arguments, and zod's `message`.
const ERROR_CALL =
  /\b(?:badRequest|forbidden|tooMany|notFound|refused|conflict|ApiError|errorBody|invalid|badToken)\(([\s\S]{0,400}?)\)[;,\s]/g;
const MESSAGE_FIELD = /\bmessage:\s*("(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;
const FIELD_VALUE = /\b[\w.]+:\s*("(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;
const LITERAL = /"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

/** A literal as the catalog keys it: each `${…}` becomes a numbered ICU placeholder, `{0}`, `{1}` … */
const asKey = (literal: string) => {
  let n = 0;
  return literal.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, () => `{${n++}}`);
};
/** A sentence of the API's (a capital, a space, a full stop), not a code or a path. */
const isSentence = (text: string) => /^[A-Z{][^]*[.?!)]$/.test(text) && text.includes(" ");

/** Every error message the Worker's code writes, keyed as the error catalogs key it, with its files. */
export function errorMessagesInCode(root = "workers"): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (text: string, file: string) => {
    const key = asKey(text);
    if (isSentence(key)) found.set(key, [...new Set([...(found.get(key) ?? []), file])]);
  };
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = readFileSync(join(root, file), "utf8");
    for (const [, args] of source.matchAll(ERROR_CALL)) {
      for (const [, plain, template] of args!.matchAll(LITERAL)) add(plain ?? template!, file);
      // Field messages given beside the message: `{ email: "Use your work email." }`.
      for (const [, literal] of args!.matchAll(FIELD_VALUE)) add(literal!.slice(1, -1), file);
    }
    for (const [, literal] of source.matchAll(MESSAGE_FIELD)) add(literal!.slice(1, -1), file);
    // notFound("Program") says "Program was not found."; the default message of a helper counts too.
    for (const [, what] of source.matchAll(/\bnotFound\("([^"]+)"\)/g)) add(`${what} was not found.`, file);
    for (const [, literal] of source.matchAll(/\b(?:message|what) = "([^"]+)"/g))
      add(literal!.endsWith(".") ? literal! : `${literal} was not found.`, file);
  }
  return found;
}

// `t("mail.…")` as in the web app, and `translate(language, "calendar.…")` where no `t` is at hand (its
// first argument a plain name, so this pattern finds it).
const WORKER_CALLS = [/\bt\(\s*"([^"]+)"/g, /\btranslate\(\s*[\w.]+,\s*"([^"]+)"/g];

/** Every id the Worker's code names, with the files that name it. */
export function workerIdsInCode(root = "workers"): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = readFileSync(join(root, file), "utf8");
    for (const call of WORKER_CALLS) {
      for (const [, id] of source.matchAll(call)) ids.set(id!, [...new Set([...(ids.get(id!) ?? []), file])]);
    }
  }
  return ids;
}

/**
 * Brings the Worker's catalogs in step with its code, as the web's are: an id (or error message) the code
 * uses and a catalog lacks is added empty, one no code uses is removed. Answers what changed, to print.
 */
export function syncWorkerCatalogs(): string[] {
  const report: string[] = [];
  const sync = (name: string, catalog: Catalog, used: Map<string, string[]>, write: (c: Catalog) => void) => {
    const added = [...used.keys()].filter((id) => !(id in catalog));
    const removed = Object.keys(catalog).filter((id) => !used.has(id) && !coveredByPattern(id, used));
    const next = Object.fromEntries(Object.entries(catalog).filter(([id]) => !removed.includes(id)));
    for (const id of added) next[id] = "";
    write(next);
    report.push(`${name}: ${added.length} added (to word), ${removed.length} removed`);
    report.push(...added.map((id) => `  + ${id}`), ...removed.map((id) => `  - ${id}`));
  };
  const ids = workerIdsInCode();
  for (const [language, catalog] of Object.entries(readWorkerCatalogs())) {
    sync(`workers ${language}`, catalog, ids, (c) => writeWorkerCatalog(language, c));
  }
  const messages = errorMessagesInCode();
  for (const [language, catalog] of Object.entries(readErrorCatalogs())) {
    sync(`errors ${language}`, catalog, messages, (c) => writeWorkerCatalog(language, c, `errors.${language}.json`));
  }
  return report;
}

/** Whether an error catalog's key is a case of a message with parts the code writes ("Program was not found."). */
export function coveredByPattern(key: string, used: Map<string, string[]>): boolean {
  for (const pattern of used.keys()) {
    if (!/\{\d+\}/.test(pattern)) continue;
    const escaped = pattern.split(/\{\d+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (new RegExp(`^${escaped.join(".+?")}$`, "s").test(key)) return true;
  }
  return false;
}
