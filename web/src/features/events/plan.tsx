/** The rotation plan as hosts see it: rounds × tables, with names in place of ids. */
import { api, ok } from "../../lib/api";
import { Table } from "../../lib/Table";
import { toneOf } from "../../lib/tone";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

export type Plan = Awaited<ReturnType<typeof loadPlan>>;

export const loadPlan = (id: string) => ok(api.events[":id"].plan.$get({ param: { id } }));
export const replan = (id: string, afterRound: number) =>
  ok(api.events[":id"].plan.$post({ param: { id }, json: { afterRound } }));

type Names = Map<string, string>;
export function PlanTable({ plan, names, current }: { plan: Plan; names: Names; current: number }) {
  const { t } = useT();
  const nameOf = (id: string) => names.get(id) ?? t("events.plan.someone");
  const tables = [...new Set(plan.rounds.flatMap((r) => r.tables.map((x) => x.table)))].sort((a, b) => a - b);
  if (plan.rounds.length === 0) return <p class="empty">{t("events.plan.empty")}</p>;
  return (
    <Table
      caption={t("events.plan.caption")}
      region={t("events.plan.region")}
      class="ev-plan"
      columns={[
        t("events.plan.round"),
        ...tables.map((n) => t("events.plan.table", { table: n })),
        t("events.plan.sittingOut"),
      ]}
    >
      {plan.rounds.map((r) => (
        <tr key={r.round} class={r.round === current ? "ev-current" : undefined}>
          <th scope="row">
            {r.round}
            {r.round === current && (
              <Tag tone={toneOf("under way")} class="ev-now">
                {t("events.plan.now")}
              </Tag>
            )}
          </th>
          {tables.map((n) => {
            const cell = r.tables.find((x) => x.table === n);
            return (
              <td key={n}>
                {cell ? (
                  <>
                    <strong>{nameOf(cell.mentorId)}</strong>
                    {cell.menteeIds.map((id) => (
                      <div key={id}>{nameOf(id)}</div>
                    ))}
                  </>
                ) : (
                  "—"
                )}
              </td>
            );
          })}
          <td>{r.sittingOut.map((id) => nameOf(id)).join(", ") || "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
