import { useT } from "./i18n";

/** Previous/next paging with "showing X–Y of N". */
export function Pager(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { page, pageSize, total, onPage } = props;
  const { t } = useT();
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav class="pager" aria-label={t("pager.label")}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("pager.previous")}
      </button>
      <span>{t("pager.showing", { first, last, total })}</span>
      <button type="button" disabled={last >= total} onClick={() => onPage(page + 1)}>
        {t("pager.next")}
      </button>
    </nav>
  );
}
