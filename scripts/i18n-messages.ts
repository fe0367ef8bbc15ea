/**
 * The message ids the app's code uses and the catalogs that word them: read alike by
 * `npm run i18n:extract` and by the catalog test, so what one writes the other checks.
 *
 * Catalogs live beside the code that uses them, so a feature's words load with its own code: the
 * shell's (app frame, shared components) in web/src/locales, each feature's in
 * web/src/features/<feature>/locales. A `t("…")` call's id belongs to the catalogs of the place its
 * file is in.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WEB = "web/src";
const FEATURES = `${WEB}/features`;

/** Ids a language words exactly as English does, on purpose (a loanword, a name). */
export const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: [
    "audit.column.details",
    "events.new.format",
    "events.role.mentee",
    "events.role.mentor",
    "events.walkIn.name",
    "insights.attention.mentee",
    "insights.monthly.nps",
    "insights.roulette.title",
    "join.role.mentee",
    "matching.mentee",
    "matching.status",
    "organisation.logo",
    "organisation.name",
    "organisation.title",
    "profile.page.name",
    "profile.program.title",
    "programs.form.name",
    "programs.journey.unit",
    "programs.people.export",
    "programs.people.name",
    "programs.people.status",
    "programs.tab.rotation",
    "rotations.admin.title",
    "rotations.swap.person",
    "surveys.results.nps",
    "training.editor.mentees",
  ],
};

// By hand rather than i18next-parser: ids are flat ICU keys written as `t("…")`, which one pattern finds.
const CALL = /\bt\(\s*"([^"]+)"/g;

/** A set of catalogs and the code files whose ids they word. */
export type Place = { name: string; locales: string; files: string[] };

const code = (root: string) =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, f));

/** The shell's place, then one per feature folder. */
export function places(): Place[] {
  const features = readdirSync(FEATURES, { withFileTypes: true }).filter((d) => d.isDirectory());
  return [
    { name: "shell", locales: `${WEB}/locales`, files: code(WEB).filter((f) => !f.startsWith(`${FEATURES}/`)) },
    ...features.map((d) => ({
      name: d.name,
      locales: `${FEATURES}/${d.name}/locales`,
      files: code(`${FEATURES}/${d.name}`),
    })),
  ];
}

/** Every id a `t("…")` call names in the place's files, with the files that name it. */
export function idsInCode(place: Place): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const file of place.files) {
    for (const [, id] of readFileSync(file, "utf8").matchAll(CALL)) {
      ids.set(id!, [...(ids.get(id!) ?? []), file]);
    }
  }
  return ids;
}

export type Catalog = Record<string, string>;

/** The place's catalog in each language, by its code ("en", "de"); none yet for a place without words. */
export function readCatalogs(place: Place): Record<string, Catalog> {
  if (!existsSync(place.locales)) return {};
  const files = readdirSync(place.locales).filter((f) => f.endsWith(".json"));
  return Object.fromEntries(
    files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(place.locales, f), "utf8")) as Catalog]),
  );
}

/** Writes a catalog sorted by id, so a change shows as a small diff. */
export function writeCatalog(place: Place, language: string, catalog: Catalog) {
  mkdirSync(place.locales, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(place.locales, `${language}.json`), `${JSON.stringify(sorted, null, 2)}\n`);
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
