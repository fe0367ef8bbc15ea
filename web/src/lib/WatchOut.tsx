import { useT } from "./i18n";
import { reasonText } from "./reasons";

/** A pair's weak points, said apart from the reasons they fit, so nobody reads one as a reason. */
export function WatchOut({ items, as: Tag = "p" }: { items: string[]; as?: "p" | "span" }) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <Tag class="watch-out">
      <span aria-hidden="true">⚠ </span>
      <strong>{t("watchOut.label")}</strong> {items.map(reasonText).join("; ")}.
    </Tag>
  );
}
