/**
 * Each cohort's participants beside the baseline: promotion, internal-move and retention rates with
 * the people behind them, the onboarding median, a cohort picker, the table as CSV and what is hidden.
 */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Table } from "../../lib/Table";
import { useApi } from "../../lib/query";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { Hidden } from "../insights/Figures";
import type { Cell } from "../../lib/csv";
import { CohortHiddenCells } from "./CohortHiddenCells";
import { loadOutcomes, outcomesKey, type Cohort, type Outcomes } from "./data";

type Rate = Cohort["baseline"]["promoted"];
type Line = { label: string; group: "participants" | "baseline"; cohort: Cohort };
const RATES = [
  ["promoted", "Promoted"],
  ["movedInternally", "Moved internally"],
  ["retained", "Retained"],
] as const;
const COLUMNS = ["Cohort and group", "People", ...RATES.map(([, label]) => label), "Onboarding median"];

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const isHidden = (data: Outcomes, cell: string) => data.suppressed.some((s) => s.cell === cell);

function RateCell({ rate, hidden }: { rate: Rate; hidden: boolean }) {
  if (rate.rate === null) return hidden ? <Hidden /> : <span title="Nobody to count">—</span>;
  return (
    <>
      {number.format(rate.rate)}% <span class="hint">({number.format(rate.people ?? 0)} people)</span>
    </>
  );
}

const linesOf = (c: Cohort): Line[] => [
  { label: `${c.cohort} participants`, group: "participants", cohort: c },
  { label: `${c.cohort} everyone else`, group: "baseline", cohort: c },
];

export function Cohorts({ id }: { id: string }) {
  const [cohort, setCohort] = useState("");
  const all = useApi([...outcomesKey(id), ""], () => loadOutcomes(id, ""));
  const shown = useApi([...outcomesKey(id), cohort], () => loadOutcomes(id, cohort), { keepPrevious: true });
  const data = shown.data;
  const months = all.data?.cohorts.map((c) => c.cohort) ?? [];

  return (
    <section class="insight" aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">Cohorts</h2>
      <Loading query={shown} failed="The outcomes could not be loaded" label="Loading the outcomes" />
      {!data ? null : data.filePeople === 0 ? (
        <p class="empty">Nothing uploaded yet. Upload your HR system's export above to see the cohorts' outcomes.</p>
      ) : data.cohorts.length === 0 ? (
        <p class="empty">Nobody has joined the program yet, so there is no cohort to compare.</p>
      ) : (
        <>
          <p class="hint">
            A cohort is the participants who signed up in that month; events count from its first day. Everyone else is
            the people in your file who are not participants. Rates are shares of the people in scope; a figure about
            fewer than 5 people is hidden.
          </p>
          <label for="cohort-picker">Cohort</label>
          <select id="cohort-picker" value={cohort} onChange={(e) => setCohort(e.currentTarget.value)}>
            <option value="">Every cohort</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <CohortTable data={data} busy={shown.fetching} />
          <DownloadCsv
            file={cohort ? `outcomes-${cohort}` : "outcomes"}
            label="the cohorts' outcomes"
            header={[
              "cohort",
              "group",
              "people",
              "promoted %",
              "promoted people",
              "moved internally %",
              "moved internally people",
              "retained %",
              "retained people",
              "onboarding median days",
            ]}
            rows={data.cohorts.flatMap(linesOf).map((l) => csvRow(data, l))}
          />
          <CohortHiddenCells items={data.suppressed} />
        </>
      )}
    </section>
  );
}

function CohortTable({ data, busy }: { data: Outcomes; busy: boolean }) {
  return (
    <Table caption="Outcomes per cohort" columns={COLUMNS} class="stack outcomes-table" busy={busy}>
      {data.cohorts.flatMap(linesOf).map(({ label, group, cohort: c }) => {
        const g = c[group];
        const cell = `${c.cohort}:${group}`;
        return (
          <tr key={label}>
            <th scope="row">
              {label}
              {group === "participants" && (
                <span class="hint">
                  {" "}
                  ({c.participants.signedUp} signed up, {c.participants.notInFile} not in the file)
                </span>
              )}
            </th>
            <td data-label="People">{number.format(g.people)}</td>
            {RATES.map(([key, name]) => (
              <td key={key} data-label={name}>
                <RateCell rate={g[key]} hidden={isHidden(data, cell) || isHidden(data, `${cell}:${key}`)} />
              </td>
            ))}
            <td data-label="Onboarding median">
              {group === "baseline" ? (
                <span title="Counted for participants only">—</span>
              ) : c.participants.onboarding.medianDays !== null ? (
                `${number.format(c.participants.onboarding.medianDays)} days (${c.participants.onboarding.people} people)`
              ) : isHidden(data, `${cell}:onboarding`) ? (
                <Hidden />
              ) : (
                <span title="Nobody with both a start date and a first pair">—</span>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

/** A hidden figure is written "hidden", nothing to count is left empty. */
function csvRow(data: Outcomes, { group, cohort: c }: Line): Cell[] {
  const g = c[group];
  const cell = `${c.cohort}:${group}`;
  const value = (v: number | null, key: string) => (v === null ? (isHidden(data, key) ? null : "") : v);
  const rates = RATES.flatMap(([key]) => {
    const hidden = isHidden(data, cell) ? cell : `${cell}:${key}`;
    return [value(g[key].rate, hidden), value(g[key].people, hidden)];
  });
  const onboarding = group === "participants" ? value(c.participants.onboarding.medianDays, `${cell}:onboarding`) : "";
  return [c.cohort, group, g.people, ...rates, onboarding];
}
