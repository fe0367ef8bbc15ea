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
import { useT } from "./i18n";
import type { Translate } from "../../lib/i18n";

type Rate = Cohort["baseline"]["promoted"];
type Line = { label: string; group: "participants" | "baseline"; cohort: Cohort };
const RATES = ["promoted", "movedInternally", "retained"] as const;

const isHidden = (data: Outcomes, cell: string) => data.suppressed.some((s) => s.cell === cell);

function RateCell({ rate, hidden }: { rate: Rate; hidden: boolean }) {
  const { t } = useT();
  if (rate.rate === null) return hidden ? <Hidden /> : <span title={t("outcomes.cohorts.nobody")}>—</span>;
  return (
    <>
      {t("outcomes.cohorts.rate", { rate: rate.rate })}{" "}
      <span class="hint">{t("outcomes.cohorts.ratePeople", { people: rate.people ?? 0 })}</span>
    </>
  );
}

const linesOf =
  (t: Translate) =>
  (c: Cohort): Line[] => [
    { label: t("outcomes.cohorts.participants", { cohort: c.cohort }), group: "participants", cohort: c },
    { label: t("outcomes.cohorts.baseline", { cohort: c.cohort }), group: "baseline", cohort: c },
  ];

export function Cohorts({ id }: { id: string }) {
  const { t } = useT();
  const [cohort, setCohort] = useState("");
  const all = useApi([...outcomesKey(id), ""], () => loadOutcomes(id, ""));
  const shown = useApi([...outcomesKey(id), cohort], () => loadOutcomes(id, cohort), { keepPrevious: true });
  const data = shown.data;
  const months = all.data?.cohorts.map((c) => c.cohort) ?? [];

  return (
    <section class="insight" aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">{t("outcomes.cohorts.title")}</h2>
      <Loading query={shown} failed={t("outcomes.cohorts.failed")} label={t("outcomes.cohorts.loading")} />
      {!data ? null : data.filePeople === 0 ? (
        <p class="empty">{t("outcomes.cohorts.nothing")}</p>
      ) : data.cohorts.length === 0 ? (
        <p class="empty">{t("outcomes.cohorts.noCohort")}</p>
      ) : (
        <>
          <p class="hint">{t("outcomes.cohorts.hint")}</p>
          <label for="cohort-picker">{t("outcomes.cohorts.picker")}</label>
          <select id="cohort-picker" value={cohort} onChange={(e) => setCohort(e.currentTarget.value)}>
            <option value="">{t("outcomes.cohorts.every")}</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <CohortTable data={data} busy={shown.fetching} />
          <DownloadCsv
            file={cohort ? `outcomes-${cohort}` : "outcomes"}
            label={t("outcomes.cohorts.csvLabel")}
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
            rows={data.cohorts.flatMap(linesOf(t)).map((l) => csvRow(data, l))}
          />
          <CohortHiddenCells items={data.suppressed} />
        </>
      )}
    </section>
  );
}

function CohortTable({ data, busy }: { data: Outcomes; busy: boolean }) {
  const { t, language } = useT();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const names: Record<(typeof RATES)[number], string> = {
    promoted: t("outcomes.cohorts.promoted"),
    movedInternally: t("outcomes.cohorts.moved"),
    retained: t("outcomes.cohorts.retained"),
  };
  const people = t("outcomes.cohorts.people");
  const onboarding = t("outcomes.cohorts.onboarding");
  const columns = [t("outcomes.cohorts.group"), people, ...RATES.map((key) => names[key]), onboarding];
  return (
    <Table caption={t("outcomes.cohorts.caption")} columns={columns} class="stack outcomes-table" busy={busy}>
      {data.cohorts.flatMap(linesOf(t)).map(({ label, group, cohort: c }) => {
        const g = c[group];
        const cell = `${c.cohort}:${group}`;
        return (
          <tr key={label}>
            <th scope="row">
              {label}
              {group === "participants" && (
                <span class="hint">
                  {" "}
                  {t("outcomes.cohorts.signedUp", {
                    signedUp: c.participants.signedUp,
                    notInFile: c.participants.notInFile,
                  })}
                </span>
              )}
            </th>
            <td data-label={people}>{number.format(g.people)}</td>
            {RATES.map((key) => (
              <td key={key} data-label={names[key]}>
                <RateCell rate={g[key]} hidden={isHidden(data, cell) || isHidden(data, `${cell}:${key}`)} />
              </td>
            ))}
            <td data-label={onboarding}>
              {group === "baseline" ? (
                <span title={t("outcomes.cohorts.participantsOnly")}>—</span>
              ) : c.participants.onboarding.medianDays !== null ? (
                t("outcomes.cohorts.median", {
                  days: c.participants.onboarding.medianDays,
                  people: c.participants.onboarding.people ?? 0,
                })
              ) : isHidden(data, `${cell}:onboarding`) ? (
                <Hidden />
              ) : (
                <span title={t("outcomes.cohorts.noMedian")}>—</span>
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
  const rates = RATES.flatMap((key) => {
    const hidden = isHidden(data, cell) ? cell : `${cell}:${key}`;
    return [value(g[key].rate, hidden), value(g[key].people, hidden)];
  });
  const onboarding = group === "participants" ? value(c.participants.onboarding.medianDays, `${cell}:onboarding`) : "";
  return [c.cohort, group, g.people, ...rates, onboarding];
}
