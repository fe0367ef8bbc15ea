/**
 * `npm run i18n:extract`: brings every catalog in step with the code. An id the code uses and a
 * catalog lacks is added empty (the catalog test fails until it is worded); an id no code uses is removed.
 */
import { idsInCode, readCatalogs, syncWorkerCatalogs, writeCatalog } from "./i18n-messages";

const used = idsInCode();
for (const [language, catalog] of Object.entries(readCatalogs())) {
  const added = [...used.keys()].filter((id) => !(id in catalog));
  const removed = Object.keys(catalog).filter((id) => !used.has(id));
  const next = Object.fromEntries(Object.entries(catalog).filter(([id]) => used.has(id)));
  for (const id of added) next[id] = "";
  writeCatalog(language, next);
  console.log(`${language}: ${added.length} added (to word), ${removed.length} removed`);
  for (const id of added) console.log(`  + ${id}`);
  for (const id of removed) console.log(`  - ${id}`);
}

// The Worker's mail words and error messages (workers/locales).
for (const line of syncWorkerCatalogs()) console.log(line);
