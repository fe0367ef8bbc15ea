/**
 * A program's training for its managers: the modules (how many have passed each), the starters to add
 * with one click, and the editor. Required modules must be passed before matching pairs someone.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Alert, TryAgain } from "../../../lib/Alert";
import { api, ok } from "../../../lib/api";
import { useConfirm } from "../../../lib/confirm";
import { EmptyState } from "../../../lib/EmptyState";
import { Status } from "../../../lib/Field";
import { useAction } from "../../../lib/form";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { Skeleton } from "../../../lib/Skeleton";
import { useApi } from "../../../lib/query";
import { ProgramLayout } from "../../programs/ProgramLayout";
import { loadTraining, type TrainingModule } from "../data";
import { ModuleEditor } from "./ModuleEditor";
import "../../../styles/training.css";

const AUDIENCE = { mentor: "Mentors", mentee: "Mentees", both: "Everyone" } as const;

export default function TrainingAdmin() {
  return <RequireSignIn>{() => <TrainingAdminView />}</RequireSignIn>;
}

function TrainingAdminView() {
  const id = useRoute().params.id!;
  const key = ["programs", id, "training"];
  const training = useApi(key, () => loadTraining(id));
  const [editing, setEditing] = useState<TrainingModule | "new" | null>(null);
  const { ask, dialog } = useConfirm();
  const addStarter = useAction(
    async (starter: string) => {
      const m = await ok(api.programs[":id"].training.starters.$post({ param: { id }, json: { key: starter } }));
      return `“${m.title}” added; edit it to fit your program.`;
    },
    [key],
  );
  const remove = useAction(
    async (m: TrainingModule) => {
      await ok(api.training[":id"].$delete({ param: { id: m.id } }));
      return `“${m.title}” removed.`;
    },
    [key],
  );
  const data = training.data;

  return (
    <ProgramLayout id={id} tab="training" heading={(name) => `Training${name && ` for ${name}`}`}>
      {dialog}
      <p>
        Short modules people take before they are matched: a guide, and a few questions with a pass mark or just “I have
        read this”. Matching leaves out whoever has not passed a required module, and says so.
      </p>
      <Alert message={training.error && `The training could not be loaded: ${training.error}`}>
        <TryAgain onClick={training.reload} />
      </Alert>
      {!data ? (
        !training.error && <Skeleton label="Loading the training" />
      ) : editing ? (
        <ModuleEditor programId={id} module={editing === "new" ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          <div class="actions">
            <button type="button" onClick={() => setEditing("new")}>
              New module
            </button>
            {data.starters.map((s) => (
              <button
                key={s.key}
                type="button"
                class="secondary"
                disabled={addStarter.busy}
                onClick={() => void addStarter.run(s.key)}
              >
                Add “{s.title}”
              </button>
            ))}
          </div>
          <Status
            tone={addStarter.result?.tone ?? remove.result?.tone}
            message={(addStarter.result ?? remove.result)?.text}
          />
          {data.items.length === 0 && (
            <EmptyState title="No training yet">Add a starter module above, or write your own.</EmptyState>
          )}
          <ul class="module-list">
            {data.items.map((m) => (
              <li key={m.id} class="card">
                <h2>{m.title}</h2>
                <p>
                  {AUDIENCE[m.audience]} · {m.required ? "required before matching" : "optional"} ·{" "}
                  {m.questions.length
                    ? `${m.questions.length} ${m.questions.length === 1 ? "question" : "questions"}, pass at ${m.passMark}%`
                    : "to read"}{" "}
                  · {m.passedCount} passed
                </p>
                <div class="actions">
                  <button type="button" class="secondary" onClick={() => setEditing(m)}>
                    Edit <span class="sr-only">{m.title}</span>
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={async () => {
                      const yes = await ask({
                        title: `Remove “${m.title}”?`,
                        message: "Everyone's results for it go too.",
                        confirmLabel: "Remove",
                        danger: true,
                      });
                      if (yes) await remove.run(m);
                    }}
                  >
                    Remove <span class="sr-only">{m.title}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </ProgramLayout>
  );
}
