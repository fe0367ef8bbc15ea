/** The words for the app's fixed vocabulary (roles, program kinds, statuses), in the viewer's language. */
import { t } from "./i18n";

// ICU select keys are single words: "one-to-one" and "under way" are looked up as one_to_one, under_way.
const key = (word: string) => word.replace(/[ -]/g, "_");

/** "mentor", "Mentor": a program role as a tag shows it. */
export const roleWord = (role: string) => t("word.role", { role: key(role), word: role });

/** "one-to-one", "Eins-zu-eins": a program kind as a tag shows it. */
export const kindWord = (kind: string) => t("word.kind", { kind: key(kind), word: kind });

/** "ended", "beendet": a status word as a tag shows it. */
export const statusWord = (status: string) => t("status.word", { status: key(status), word: status });
