/**
 * @module features/mail/partners
 * How an introduction names the people it introduces, in every feature that introduces people
 * (rotations, roulette): their names as a list in the reader's language, and each with what they do.
 */
import { formatList, type UiLanguage } from "../../platform/i18n";

export type Partner = { name: string; title: string; department: string };

/** "Ana — Data lead, Engineering". */
const who = (p: Partner) => [p.name, [p.title, p.department].filter(Boolean).join(", ")].filter(Boolean).join(" — ");

/** `names` ("Ana and Ben") and `partners` (each with their title and department), for a message's values. */
export const partnerValues = (language: UiLanguage, partners: Partner[]) => ({
  names: formatList(
    language,
    partners.map((p) => p.name),
  ),
  partners: partners.map(who).join("; "),
});
