/** What the 5-person floor hid in the cohorts table, in words. */
import { HiddenCells } from "../../lib/HiddenCells";
import { useT } from "./i18n";

export function CohortHiddenCells({ items }: { items: { cell: string; reason: string }[] }) {
  const { t } = useT();
  /** "2026-03:participants:promoted" → "2026-03 participants: promoted". */
  const cellText = (cell: string) => {
    const [month = "", group = "", figure] = cell.split(":");
    return t("outcomes.hidden.cell", { month, group, figure: figure ?? "all" });
  };
  if (items.length === 0) return null;
  return (
    <div class="suppressed">
      <h3>{t("outcomes.hidden.title")}</h3>
      <HiddenCells items={items} text={cellText} why={t("outcomes.hidden.why")} />
    </div>
  );
}
