/** The weekly series as charts, with the same numbers as a table to open (and to download). */
import { calendarDay } from "../../lib/dates";
import { Chart } from "./Chart";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { Figure, Section } from "./Figures";
import type { Insights } from "./data";

type Week = Insights["series"][number];
const SERIES: [Exclude<keyof Week, "week">, string][] = [
  ["signups", "Sign-ups"],
  ["newPairs", "New pairs"],
  ["meetings", "Meetings held"],
  ["answers", "Survey answers"],
];

export function Trends({ series }: { series: Insights["series"] }) {
  const weeks = series.map((w) => w.week);
  return (
    <Section id="trends" title="Trends">
      <p class="hint">Each week from its Monday.</p>
      <div class="charts">
        {SERIES.map(([key, label]) => (
          <Chart key={key} label={`${label} per week`} weeks={weeks} values={series.map((w) => w[key])} />
        ))}
      </div>
      <details class="no-print">
        <summary>The numbers as a table</summary>
        {/* On a phone the table scrolls sideways: the box takes focus so the keyboard can scroll it too. */}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Each week's numbers, scrollable">
          <table>
            <caption class="sr-only">Each week's numbers</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                {SERIES.map(([key, label]) => (
                  <th scope="col" key={key}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{calendarDay(w.week)}</th>
                  {SERIES.map(([key]) => (
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
      <DownloadCsv
        file="weekly"
        label="each week's numbers"
        header={["week", ...SERIES.map(([key]) => key)]}
        rows={series.map((w) => [w.week, ...SERIES.map(([key]) => w[key])])}
      />
    </Section>
  );
}
