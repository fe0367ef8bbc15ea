/** A reverse program's rotation cycles and how partners rated them, a cycle of fewer than 5 answers hidden. */
import { Table } from "../../lib/Table";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureCell } from "./Figures";
import type { Insights } from "./data";

type Cycle = Insights["engagement"]["cycles"][number];

export function Cycles({ cycles }: { cycles: Cycle[] }) {
  if (cycles.length === 0) return null;
  return (
    <>
      <h3>Rotation cycles</h3>
      <Table
        caption="Rotation cycles' ratings"
        region="Rotation cycles' ratings, scrollable"
        columns={["Cycle", "Ratings", "Average rating (1–5)"]}
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
        label="the rotation cycles' ratings"
        header={["cycle", "answers", "averageRating"]}
        rows={cycles.map((c) => [c.cycle, c.answers, c.answers === null ? null : (c.averageRating ?? "")])}
      />
    </>
  );
}
