/** The rotation plan as hosts see it: rounds × tables, with names in place of ids. */
import { api, ok } from "../../lib/api";
import { Table } from "../../lib/Table";
import { toneOf } from "../../lib/tone";

export type Plan = Awaited<ReturnType<typeof loadPlan>>;

export const loadPlan = (id: string) => ok(api.events[":id"].plan.$get({ param: { id } }));
export const replan = (id: string, afterRound: number) =>
  ok(api.events[":id"].plan.$post({ param: { id }, json: { afterRound } }));

type Names = Map<string, string>;
const nameOf = (names: Names, id: string) => names.get(id) ?? "Someone";

export function PlanTable({ plan, names, current }: { plan: Plan; names: Names; current: number }) {
  const tables = [...new Set(plan.rounds.flatMap((r) => r.tables.map((t) => t.table)))].sort((a, b) => a - b);
  if (plan.rounds.length === 0) return <p class="empty">Nobody to seat yet: check people in, then plan again.</p>;
  return (
    <Table
      caption="Who sits where in each round"
      region="Plan, rounds by tables"
      class="ev-plan"
      columns={["Round", ...tables.map((t) => `Table ${t}`), "Sitting out"]}
    >
      {plan.rounds.map((r) => (
        <tr key={r.round} class={r.round === current ? "ev-current" : undefined}>
          <th scope="row">
            {r.round}
            {r.round === current && (
              <span class="tag ev-now" data-tone={toneOf("under way")}>
                now
              </span>
            )}
          </th>
          {tables.map((n) => {
            const t = r.tables.find((x) => x.table === n);
            return (
              <td key={n}>
                {t ? (
                  <>
                    <strong>{nameOf(names, t.mentorId)}</strong>
                    {t.menteeIds.map((id) => (
                      <div key={id}>{nameOf(names, id)}</div>
                    ))}
                  </>
                ) : (
                  "—"
                )}
              </td>
            );
          })}
          <td>{r.sittingOut.map((id) => nameOf(names, id)).join(", ") || "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
