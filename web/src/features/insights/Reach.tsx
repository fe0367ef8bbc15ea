/** Who the program reaches: active participants by department, location, seniority and role. */
import { DownloadCsv } from "../../lib/DownloadCsv";
import { TableHead } from "../../lib/Table";
import { FigureCell, Section } from "./Figures";
import type { Insights } from "./data";
import { useT } from "./i18n";

type Breakdown = keyof Insights["breakdowns"];

export function Reach({ breakdowns }: { breakdowns: Insights["breakdowns"] }) {
  const { t } = useT();
  // Each table's column, heading and download named in full, so that each language words them whole.
  const tables: [Breakdown, { column: string; title: string; csv: string }][] = [
    [
      "department",
      {
        column: t("insights.reach.department"),
        title: t("insights.reach.byDepartment"),
        csv: t("insights.reach.csvDepartment"),
      },
    ],
    [
      "location",
      {
        column: t("insights.reach.location"),
        title: t("insights.reach.byLocation"),
        csv: t("insights.reach.csvLocation"),
      },
    ],
    [
      "seniority",
      {
        column: t("insights.reach.seniority"),
        title: t("insights.reach.bySeniority"),
        csv: t("insights.reach.csvSeniority"),
      },
    ],
    ["role", { column: t("insights.reach.role"), title: t("insights.reach.byRole"), csv: t("insights.reach.csvRole") }],
  ];
  const others = t("insights.others");
  return (
    <Section id="reach" title={t("insights.reach.title")}>
      <p class="hint">{t("insights.reach.hint")}</p>
      <div class="reach">
        {tables.map(([key, words]) => {
          const rows = breakdowns[key];
          return (
            <div key={key}>
              <h3 id={`reach-${key}`}>{words.title}</h3>
              {rows.length === 0 ? (
                <p class="empty">{t("insights.reach.nobody")}</p>
              ) : (
                <table aria-labelledby={`reach-${key}`}>
                  <TableHead columns={[words.column, t("insights.reach.people"), t("insights.reach.matched")]} />
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.value ?? ""}>
                        <th scope="row">{r.value ?? others}</th>
                        <FigureCell value={r.people} hidden />
                        <FigureCell value={r.matched} hidden />
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <DownloadCsv
                file={`reach-by-${key}`}
                label={words.csv}
                header={[key, "people", "matched"]}
                rows={rows.map((r) => [r.value ?? others, r.people, r.matched])}
              />
            </div>
          );
        })}
      </div>
    </Section>
  );
}
