/** Satisfaction month by month: answers, average rating and NPS, a month of fewer than 5 answers hidden. */
import { calendarMonth } from "../../lib/dates";
import { Table } from "../../lib/Table";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureCell } from "./Figures";
import type { Insights } from "./data";

type Month = Insights["satisfaction"]["byMonth"][number];

export function Monthly({ months, hidden }: { months: Month[]; hidden: (cell: string) => boolean }) {
  if (months.length === 0) return null;
  const cell = (m: Month, figure: string) =>
    hidden(`satisfaction:byMonth:${m.month}`) || hidden(`satisfaction:byMonth:${m.month}:${figure}`);
  return (
    <>
      <h3>Month by month</h3>
      <Table
        caption="Satisfaction by month"
        region="Satisfaction by month, scrollable"
        columns={["Month", "Answers", "Average rating", "NPS"]}
      >
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
        label="satisfaction by month"
        header={["month", "answers", "averageRating", "nps"]}
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
