/** The rows a refused CSV upload had wrong: the first ones listed, all of them in a download. */
import { DownloadCsv } from "./DownloadCsv";
import { useT } from "./i18n";

type RowError = { row: number; email: string; errors: string[] };

/** Bad rows listed on the page; the download holds every one. */
const SHOWN = 50;

export function RowErrors({ rows, file }: { rows: RowError[]; file: string }) {
  const { t } = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <ul class="row-errors">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={r.row}>
            {r.email
              ? t("rowErrors.row", { row: r.row, email: r.email, errors: r.errors.join("; ") })
              : t("rowErrors.rowNoEmail", { row: r.row, errors: r.errors.join("; ") })}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p>{t("rowErrors.more", { count: rows.length - SHOWN })}</p>}
      <p>
        <DownloadCsv
          class=""
          file={file}
          label={t("rowErrors.downloadLabel")}
          header={["row", "email", "errors"]}
          rows={rows.map((r) => [r.row, r.email, r.errors.join("; ")])}
        >
          {t("rowErrors.download")}
        </DownloadCsv>
      </p>
    </>
  );
}
