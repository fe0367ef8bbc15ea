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
import { useT } from "./i18n";

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function RouletteRounds({ id }: { id: string }) {
  const { t } = useT();
  const { data } = useApi(["programs", id, "roulette", "insights"], () =>
    ok(api.programs[":id"].roulette.insights.$get({ param: { id } })),
  );
  if (!data || data.rounds.length === 0) return null;
  const col = {
    round: t("insights.roulette.round"),
    starts: t("insights.roulette.starts"),
    people: t("insights.roulette.people"),
    pairs: t("insights.roulette.pairs"),
    met: t("insights.roulette.met"),
    ratings: t("insights.roulette.ratings"),
    average: t("insights.roulette.average"),
  };
  return (
    <Section id="roulette" title={t("insights.roulette.title")}>
      <Table
        caption={t("insights.roulette.caption")}
        region={t("insights.roulette.region")}
        columns={Object.values(col)}
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
