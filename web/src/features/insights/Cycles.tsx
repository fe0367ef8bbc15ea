/** A reverse program's rotation cycles and how partners rated them, a cycle of fewer than 5 answers hidden. */
import { Table } from "../../lib/Table";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { Figure } from "./Figures";
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
            <td>
              <Figure value={c.answers} hidden={c.answers === null} />
            </td>
            <td>
              <Figure value={c.averageRating} hidden={c.answers === null} />
            </td>
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
