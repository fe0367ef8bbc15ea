/**
 * `npm run i18n:extract`: brings every catalog in step with the code. An id the code uses and a
 * catalog lacks is added empty (the catalog test fails until it is worded); an id no code uses is
 * removed. A feature whose code first uses `t("…")` gets its catalogs, one per language Tandem speaks.
 */
import { UI_LANGUAGES } from "../workers/domain/ui-languages";
import { idsInCode, places, readCatalogs, syncWorkerCatalogs, writeCatalog } from "./i18n-messages";

for (const place of places()) {
  const used = idsInCode(place);
  const catalogs = readCatalogs(place);
  if (used.size === 0 && Object.keys(catalogs).length === 0) continue;
  for (const language of UI_LANGUAGES) {
    const catalog = catalogs[language] ?? {};
    const added = [...used.keys()].filter((id) => !(id in catalog));
    const removed = Object.keys(catalog).filter((id) => !used.has(id));
    const next = Object.fromEntries(Object.entries(catalog).filter(([id]) => used.has(id)));
    for (const id of added) next[id] = "";
    writeCatalog(place, language, next);
    if (added.length + removed.length === 0) continue;
    console.log(`${place.locales}/${language}.json: ${added.length} added (to word), ${removed.length} removed`);
    for (const id of added) console.log(`  + ${id}`);
    for (const id of removed) console.log(`  - ${id}`);
  }
}

// The Worker's mail words and error messages (workers/locales).
for (const line of syncWorkerCatalogs()) console.log(line);
