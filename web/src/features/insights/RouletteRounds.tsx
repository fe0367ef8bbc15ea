/**
 * A program's roulette rounds in its insights: who took part, how many pairs met and how they rated it.
 * A figure about one to four people comes as null from the API and shows as hidden; nothing shows in a
 * program without rounds.
 */
import { api, ok } from "../../lib/api";
import { formatDate } from "../../lib/dates";
import { useApi } from "../../lib/query";
import { Table } from "../../lib/Table";
import { FigureCell, Section } from "./Figures";

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function RouletteRounds({ id }: { id: string }) {
  const { data } = useApi(["programs", id, "roulette", "insights"], () =>
    ok(api.programs[":id"].roulette.insights.$get({ param: { id } })),
  );
  if (!data || data.rounds.length === 0) return null;
  return (
    <Section id="roulette" title="Roulette">
      <Table
        caption="Roulette rounds"
        region="Roulette rounds, scrollable"
        columns={["Round", "Starts", "People", "Pairs", "Met", "Ratings", "Average rating (1–5)"]}
      >
        {data.rounds.map((r) => (
          <tr key={r.round}>
            <th scope="row">{r.round}</th>
            <td>{formatDate(r.startsAt)}</td>
            <FigureCell value={r.people} hidden={r.people === null} />
            <FigureCell value={r.pairs} hidden={r.pairs === null} />
            <FigureCell value={percent(r.metShare)} unit=" %" hidden={r.metShare === null} />
            <FigureCell value={r.ratings} hidden={r.ratings === null} />
            <FigureCell value={oneDecimal(r.averageRating)} hidden={r.averageRating === null} />
          </tr>
        ))}
      </Table>
    </Section>
  );
}
