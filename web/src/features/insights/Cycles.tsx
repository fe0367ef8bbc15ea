/** A reverse program's rotation cycles and how partners rated them, a cycle of fewer than 5 answers hidden. */
import { Table } from "../../lib/Table";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureCell } from "./Figures";
import type { Insights } from "./data";
import { useT } from "./i18n";

type Cycle = Insights["engagement"]["cycles"][number];

export function Cycles({ cycles }: { cycles: Cycle[] }) {
  const { t } = useT();
  if (cycles.length === 0) return null;
  return (
    <>
      <h3>{t("insights.cycles.title")}</h3>
      <Table
        caption={t("insights.cycles.caption")}
        region={t("insights.cycles.region")}
        columns={[t("insights.cycles.cycle"), t("insights.cycles.ratings"), t("insights.cycles.average")]}
      >
        {cycles.map((c) => (
          <tr key={c.cycle}>
            <th scope="row">{c.cycle}</th>
            <FigureCell value={c.answers} hidden={c.answers === null} />
            <FigureCell value={c.averageRating} hidden={c.answers === null} />
          </tr>
        ))}
      </Table>
      <DownloadCsv
        file="rotation-cycles"
        label={t("insights.cycles.csvLabel")}
        header={["cycle", "answers", "averageRating"]}
        rows={cycles.map((c) => [c.cycle, c.answers, c.answers === null ? null : (c.averageRating ?? "")])}
      />
    </>
  );
}
