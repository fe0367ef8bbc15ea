/** The weekly series as charts, with the same numbers as a table to open (and to download). */
import { calendarDay } from "../../lib/dates";
import { Chart } from "./Chart";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { TableHead } from "../../lib/Table";
import { Figure, Section } from "./Figures";
import type { Insights } from "./data";
import { useT } from "./i18n";

type Week = Insights["series"][number];
type Series = Exclude<keyof Week, "week">;

export function Trends({ series }: { series: Insights["series"] }) {
  const { t } = useT();
  // Each series' column and chart named in full, so that each language words them whole.
  const lines: [Series, { column: string; chart: string }][] = [
    ["signups", { column: t("insights.trends.signups"), chart: t("insights.trends.signupsChart") }],
    ["newPairs", { column: t("insights.trends.newPairs"), chart: t("insights.trends.newPairsChart") }],
    ["meetings", { column: t("insights.trends.meetings"), chart: t("insights.trends.meetingsChart") }],
    ["answers", { column: t("insights.trends.answers"), chart: t("insights.trends.answersChart") }],
  ];
  const weeks = series.map((w) => w.week);
  const header = ["week", ...lines.map(([key]) => key)];
  const rows = series.map((w) => [w.week, ...lines.map(([key]) => w[key])]);
  return (
    <Section id="trends" title={t("insights.trends.title")}>
      <p class="hint">{t("insights.trends.hint")}</p>
      <div class="charts">
        {lines.map(([key, words]) => (
          <Chart key={key} label={words.chart} weeks={weeks} values={series.map((w) => w[key])} />
        ))}
      </div>
      <details class="no-print">
        <summary>{t("insights.trends.asTable")}</summary>
        {/* On a phone the table scrolls sideways: the box takes focus so the keyboard can scroll it too. */}
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t("insights.trends.region")}>
          <table>
            <caption class="sr-only">{t("insights.trends.caption")}</caption>
            <TableHead columns={[t("insights.trends.weekOf"), ...lines.map(([, words]) => words.column)]} />
            <tbody>
              {series.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{calendarDay(w.week)}</th>
                  {lines.map(([key]) => (
                    <td key={key}>
                      <Figure value={w[key]} hidden />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <DownloadCsv file="weekly" label={t("insights.trends.csvLabel")} header={header} rows={rows} />
    </Section>
  );
}
