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
import { plural } from "../../../lib/format";
import { ProgramLayout, useProgramPage } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { GroupCard } from "./GroupCard";
import { PlanForm } from "./PlanForm";
import { PublishBar } from "./PublishBar";

export const loadGroups = (id: string) => ok(api.programs[":id"].groups.$get({ param: { id } }));
export type GroupsData = Awaited<ReturnType<typeof loadGroups>>;

export default function Groups() {
  return <RequireSignIn>{() => <GroupsView />}</RequireSignIn>;
}

function GroupsView() {
  const id = useRoute().params.id!;
  const { program, data, set: setData, error: loadError, reload: load } = useProgramPage(id, "groups", loadGroups);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const changed = (next: GroupsData, text: string) => {
    setData(next);
    setMessage({ text, tone: "success" });
  };
  const failed = (err: unknown) => setMessage({ text: messageOf(err), tone: "error" });
  const proposed = data?.groups.filter((g) => g.status === "proposed") ?? [];
  const nobody = data && data.groups.length === 0 && data.unplaced.length === 0;
  const noun = program?.kind === "peer" ? "circle" : "group";

  return (
    <ProgramLayout id={id} tab="groups" class="groups-admin" heading={(name) => `Groups${name && ` for ${name}`}`}>
      <Loading query={{ data: program && data, error: loadError, reload: load }} />
      {!program || !data ? null : nobody ? (
        <p class="empty">
          Nobody takes part yet. Add people on the <a href={`/admin/programs/${id}/participants`}>Participants page</a>,
          then form the {noun}s here.
        </p>
      ) : (
        <>
          <PlanForm
            programId={id}
            kind={program.kind === "peer" ? "peer" : "group"}
            hasProposal={proposed.length > 0}
            onPlanned={(next) =>
              changed(next, `${plural(next.groups.filter((g) => g.status === "proposed").length, noun)} proposed.`)
            }
            onFailed={failed}
          />
          <Status tone={message?.tone} message={message?.text} />
          {data.warnings.length > 0 && (
            <div class="notice" role="note" aria-label="Warnings">
              <ul>
                {data.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {data.unplaced.length > 0 && (
            <section class="card" aria-labelledby="unplaced-title">
              <h2 id="unplaced-title">
                In no {noun} ({data.unplaced.length})
              </h2>
              <p>{data.unplaced.map((p) => p.name).join(", ")}</p>
              <p class="hint">
                Form the {noun}s again to place them; published {noun}s stay as they are.
              </p>
            </section>
          )}
          {proposed.length > 0 && (
            <PublishBar programId={id} proposed={proposed} noun={noun} onPublished={changed} onFailed={failed} />
          )}
          {data.groups.length > 0 && (
            <ul class="cards group-cards" aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)}s`}>
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
