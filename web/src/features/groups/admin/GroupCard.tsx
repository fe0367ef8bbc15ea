/**
 * One group on the admin's page: its members with their roles, what they share and why it looks as it
 * does; in a proposed group each member can be moved to another proposed group.
 */
import { api, ok } from "../../../lib/api";
import { useApiChange } from "../../../lib/query";
import type { GroupsData } from "./Groups";
import { Options } from "../../../lib/Field";
import { useT } from "../i18n";
import { Tag } from "../../../lib/StatusTag";

type Group = GroupsData["groups"][number];
type Props = {
  programId: string;
  group: Group;
  /** The proposed groups one can move people to. */
  others: Group[];
  onMoved: (data: GroupsData, text: string) => void;
  onFailed: (err: unknown) => void;
};

const LIST = { listStyle: "none", padding: 0, margin: "0 0 12px" };
// A member's name and their "Move to" control share a line where it fits, and stack on a phone.
const ROW = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  justifyContent: "space-between",
  gap: "4px 12px",
  padding: "6px 0",
  borderBottom: "1px solid var(--line)",
} as const;

export function GroupCard({ programId, group, others, onMoved, onFailed }: Props) {
  const { t } = useT();
  const headingId = `group-${group.id}`;
  const proposed = group.status === "proposed";
  const targets = others.filter((g) => g.id !== group.id);
  const moving = useApiChange((json: { personId: string; groupId: string }) =>
    ok(api.programs[":id"].groups.move.$post({ param: { id: programId }, json })),
  );
  const busy = moving.busy;

  const move = async (personId: string, name: string, groupId: string) => {
    if (!groupId) return;
    const next = await moving.run({ personId, groupId }, onFailed);
    const to = targets.find((g) => g.id === groupId)?.name ?? t("groups.card.otherGroup");
    if (next) onMoved(next, t("groups.card.moved", { name, group: to }));
  };

  return (
    <li class="card group-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.name}{" "}
        <Tag tone={proposed ? "warning" : "success"}>
          {proposed ? t("groups.card.proposed") : t("groups.card.published")}
        </Tag>
      </h2>
      <ul class="members" style={LIST}>
        {group.members.map((m) => (
          <li key={m.id} style={ROW}>
            <span>
              <strong>{m.name}</strong> <span class="tag">{t("groups.card.role", { role: m.role })}</span>
              {m.department && <span class="hint"> · {m.department}</span>}
            </span>
            {proposed && targets.length > 0 && (
              <span class="move">
                <label class="sr-only" for={`move-${m.id}`}>
                  {t("groups.card.moveLabel", { name: m.name })}
                </label>
                <select
                  id={`move-${m.id}`}
                  style={{ width: "auto", maxWidth: "100%" }}
                  value=""
                  disabled={busy}
                  onChange={(e) => void move(m.id, m.name, e.currentTarget.value)}
                >
                  <option value="">{t("groups.card.moveTo")}</option>
                  <Options options={targets.map((g) => [g.id, g.name])} />
                </select>
              </span>
            )}
          </li>
        ))}
      </ul>
      {group.sharedInterests.length > 0 && (
        <p>
          <strong>{t("groups.card.shared")}</strong> {group.sharedInterests.join(", ")}
        </p>
      )}
      <p class="hint">{t("groups.card.why", { reasons: group.reasons.join("; ") })}</p>
      {!proposed && (
        <p>
          <a href={`/groups/${group.id}`}>{t("groups.card.open", { name: group.name })}</a>
        </p>
      )}
    </li>
  );
}
