/** What the 5-person floor hid on this page, in words. */
import { HiddenCells } from "../../lib/HiddenCells";
import { useT } from "./i18n";

export function Suppressed({ items }: { items: { cell: string; reason: string }[] }) {
  const { t } = useT();
  // The API names a hidden cell by its table and figure keys; the known ones have words, others show as sent.
  const tables: Record<string, string> = {
    department: t("insights.suppressed.department"),
    location: t("insights.suppressed.location"),
    seniority: t("insights.suppressed.seniority"),
    role: t("insights.suppressed.role"),
    endReasons: t("insights.suppressed.endReasons"),
    satisfaction: t("insights.suppressed.satisfaction"),
    series: t("insights.suppressed.series"),
    cycles: t("insights.suppressed.cycles"),
  };
  const figures: Record<string, string> = {
    averageRating: t("insights.suppressed.averageRating"),
    nps: t("insights.suppressed.nps"),
    answers: t("insights.suppressed.answers"),
    others: t("insights.others"),
    matched: t("insights.suppressed.matched"),
    byMonth: t("insights.suppressed.byMonth"),
  };
  /** "department:Legal:matched" → "Department: Legal, matched". */
  const cellText = (cell: string) => {
    const [table = "", ...rest] = cell.split(":");
    return `${tables[table] ?? table}: ${rest.map((r) => figures[r] ?? r).join(", ")}`;
  };
  if (items.length === 0) return null;
  return (
    <section class="insight suppressed" aria-labelledby="suppressed-title">
      <h2 id="suppressed-title">{t("insights.suppressed.title")}</h2>
      <HiddenCells items={items} text={cellText} why={t("insights.suppressed.why")} />
    </section>
  );
}
