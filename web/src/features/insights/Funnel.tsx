/** The funnel: one horizontal bar per stage, as wide as its share of sign-ups, with its number. */
import { DownloadCsv } from "../../lib/DownloadCsv";
import { TableHead } from "../../lib/Table";
import { Figure, FigureTable, Section } from "./Figures";
import type { Translate } from "../../lib/i18n";
import type { Insights } from "./data";
import { useT } from "./i18n";

type Stage = keyof Omit<Insights["funnel"], "endReasons">;

/** Each stage in the viewer's words: a record, so that the compiler asks for a name for every stage the API counts. */
const stageNames = (t: Translate): Record<Stage, string> => ({
  signedUp: t("insights.funnel.signedUp"),
  confirmed: t("insights.funnel.confirmed"),
  matched: t("insights.funnel.matched"),
  metOnce: t("insights.funnel.metOnce"),
  active: t("insights.funnel.active"),
  completed: t("insights.funnel.completed"),
  endedEarly: t("insights.funnel.endedEarly"),
});

export function Funnel({ funnel }: { funnel: Insights["funnel"] }) {
  const { t } = useT();
  const stages = Object.entries(stageNames(t)) as [Stage, string][];
  // The API counts pairs by the reason's key (domain/mentorship.ts), "others" for merged small groups; ICU
  // select keys cannot hold a hyphen.
  const reasonText = (key: string) =>
    key === "others" ? t("insights.others") : t("insights.funnel.reason", { reason: key.replace(/-/g, "_") });
  const top = Math.max(1, funnel.signedUp);
  const csv = stages.map(([key, label]) => [label, funnel[key]]);
  const reasons = Object.entries(funnel.endReasons);
  return (
    <Section id="funnel" title={t("insights.funnel.title")}>
      <table class="funnel">
        <caption class="sr-only">{t("insights.funnel.caption")}</caption>
        <TableHead class="sr-only" columns={[t("insights.funnel.stage"), t("insights.funnel.people")]} />
        <tbody>
          {stages.map(([key, label]) => (
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
      <DownloadCsv file="funnel" label={t("insights.funnel.csvLabel")} header={["stage", "people"]} rows={csv} />
      {reasons.length > 0 && (
        <>
          <h3>{t("insights.funnel.reasonsTitle")}</h3>
          <FigureTable
            name={t("insights.funnel.reasonsName")}
            file="end-reasons"
            rows={reasons.map(([k, n]) => ({ label: reasonText(k), value: n, hidden: true }))}
          />
        </>
      )}
    </Section>
  );
}
