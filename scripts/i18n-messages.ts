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
