/**
 * A group or peer program's groups, for its admins and managers: forming them (size, department rule,
 * mentors per group), the proposal with its reasons, warnings and who is left out, moving people
 * between proposed groups, and publishing, which emails every member.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, messageOf, ok } from "../../../lib/api";
import { Loading } from "../../../lib/Loading";
import { Status, type StatusMessage } from "../../../lib/Field";
import { ProgramLayout, useProgramPage } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { GroupCard } from "./GroupCard";
import { PlanForm } from "./PlanForm";
import { PublishBar } from "./PublishBar";
import { useT } from "../i18n";

export const loadGroups = (id: string) => ok(api.programs[":id"].groups.$get({ param: { id } }));
export type GroupsData = Awaited<ReturnType<typeof loadGroups>>;

export default function Groups() {
  return <RequireSignIn>{() => <GroupsView />}</RequireSignIn>;
}

function GroupsView() {
  const id = useRoute().params.id!;
  const { program, data, set: setData, loading } = useProgramPage(id, "groups", loadGroups);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const { t } = useT();

  const changed = (next: GroupsData, text: string) => {
    setData(next);
    setMessage({ text, tone: "success" });
  };
  const failed = (err: unknown) => setMessage({ text: messageOf(err), tone: "error" });
  const proposed = data?.groups.filter((g) => g.status === "proposed") ?? [];
  const nobody = data && data.groups.length === 0 && data.unplaced.length === 0;
  const kind = program?.kind === "peer" ? "peer" : "group";

  const heading = (name: string) => (name ? t("groups.admin.titleFor", { name }) : t("groups.admin.title"));
  return (
    <ProgramLayout tab="groups" class="groups-admin" heading={heading}>
      <Loading query={loading} />
      {!program || !data ? null : nobody ? (
        <p class="empty">
          {t("groups.admin.nobodyBefore")}{" "}
          <a href={`/admin/programs/${id}/participants`}>{t("groups.admin.nobodyLink")}</a>
          {t("groups.admin.nobodyAfter", { kind })}
        </p>
      ) : (
        <>
          <PlanForm
            programId={id}
            kind={kind}
            hasProposal={proposed.length > 0}
            onPlanned={(next) =>
              changed(
                next,
                t("groups.admin.proposed", { kind, count: next.groups.filter((g) => g.status === "proposed").length }),
              )
            }
            onFailed={failed}
          />
          <Status tone={message?.tone} message={message?.text} />
          {data.warnings.length > 0 && (
            <div class="notice" role="note" aria-label={t("groups.admin.warnings")}>
              <ul>
                {data.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {data.unplaced.length > 0 && (
            <section class="card" aria-labelledby="unplaced-title">
              <h2 id="unplaced-title">{t("groups.admin.unplaced", { kind, count: data.unplaced.length })}</h2>
              <p>{data.unplaced.map((p) => p.name).join(", ")}</p>
              <p class="hint">{t("groups.admin.unplacedHint", { kind })}</p>
            </section>
          )}
          {proposed.length > 0 && (
            <PublishBar programId={id} proposed={proposed} kind={kind} onPublished={changed} onFailed={failed} />
          )}
          {data.groups.length > 0 && (
            <ul class="cards group-cards" aria-label={t("groups.admin.list", { kind })}>
              {data.groups.map((g) => (
                <GroupCard key={g.id} programId={id} group={g} others={proposed} onMoved={changed} onFailed={failed} />
              ))}
            </ul>
          )}
        </>
      )}
    </ProgramLayout>
  );
}
