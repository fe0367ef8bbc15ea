/** Satisfaction month by month: answers, average rating and NPS, a month of fewer than 5 answers hidden. */
import { calendarMonth } from "../../lib/dates";
import { Table } from "../../lib/Table";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureCell } from "./Figures";
import type { Insights } from "./data";
import { useT } from "./i18n";

type Month = Insights["satisfaction"]["byMonth"][number];

export function Monthly({ months, hidden }: { months: Month[]; hidden: (cell: string) => boolean }) {
  const { t } = useT();
  if (months.length === 0) return null;
  const col = {
    month: t("insights.monthly.month"),
    answers: t("insights.monthly.answers"),
    averageRating: t("insights.monthly.average"),
    nps: t("insights.monthly.nps"),
  };
  const cell = (m: Month, figure: string) =>
    hidden(`satisfaction:byMonth:${m.month}`) || hidden(`satisfaction:byMonth:${m.month}:${figure}`);
  return (
    <>
      <h3>{t("insights.monthly.title")}</h3>
      <Table caption={t("insights.monthly.caption")} region={t("insights.monthly.region")} columns={Object.values(col)}>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{calendarMonth(m.month)}</th>
            <FigureCell value={m.answers} hidden={m.answers === null} />
            <FigureCell value={m.averageRating} hidden={cell(m, "averageRating")} />
            <FigureCell value={m.nps} hidden={cell(m, "nps")} />
          </tr>
        ))}
      </Table>
      <DownloadCsv
        file="satisfaction-by-month"
        label={t("insights.monthly.csvLabel")}
        header={Object.keys(col)}
        rows={months.map((m) => [
          m.month,
          m.answers,
          cell(m, "averageRating") ? null : (m.averageRating ?? ""),
          cell(m, "nps") ? null : (m.nps ?? ""),
        ])}
      />
    </>
  );
}
