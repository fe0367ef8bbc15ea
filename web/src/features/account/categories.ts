import { useT } from "./i18n";

/** A kind of mail by its name in the viewer's words; the API's English label for a kind this app does not know. */
export function useCategoryName() {
  const { t } = useT();
  return (c: { category: string; label: string }) => t("mail.category", { category: c.category, label: c.label });
}
