/** The funnel: one horizontal bar per stage, as wide as its share of sign-ups, with its number. */
import { DownloadCsv } from "../../lib/DownloadCsv";
import { Figure, FigureTable, Section } from "./Figures";
import { OTHERS, type Insights } from "./data";

const STAGES: [keyof Omit<Insights["funnel"], "endReasons">, string][] = [
  ["signedUp", "Signed up"],
  ["confirmed", "Confirmed"],
  ["matched", "Matched"],
  ["metOnce", "Met at least once"],
  ["active", "In an active pair"],
  ["completed", "In a completed pair"],
  ["endedEarly", "In a pair ended early"],
];

const reasonText = (key: string) => (key === "others" ? OTHERS : key.replace(/[_-]/g, " "));

export function Funnel({ funnel }: { funnel: Insights["funnel"] }) {
  const top = Math.max(1, funnel.signedUp);
  const reasons = Object.entries(funnel.endReasons);
  return (
    <Section id="funnel" title="Funnel">
      <table class="funnel">
        <caption class="sr-only">People at each stage</caption>
        <thead class="sr-only">
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">People</th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>
                <span class="bar" aria-hidden="true" style={{ width: `${(funnel[key] / top) * 100}%` }} />
                <span class="bar-number">
                  <Figure value={funnel[key]} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadCsv
        file="funnel"
        label="the funnel"
        header={["stage", "people"]}
        rows={STAGES.map(([key, label]) => [label, funnel[key]])}
      />
      {reasons.length > 0 && (
        <>
          <h3>Why pairs ended early</h3>
          <FigureTable
            name="Pairs ended early by reason"
            file="end-reasons"
            rows={reasons.map(([k, n]) => ({ label: reasonText(k), value: n, hidden: true }))}
          />
        </>
      )}
    </Section>
  );
}
