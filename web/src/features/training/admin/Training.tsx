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
import { useT } from "../i18n";

export default function TrainingAdmin() {
  return <RequireSignIn>{() => <TrainingAdminView />}</RequireSignIn>;
}

function TrainingAdminView() {
  const id = useRoute().params.id!;
  const key = ["programs", id, "training"];
  const training = useApi(key, () => loadTraining(id));
  const [editing, setEditing] = useState<TrainingModule | "new" | null>(null);
  const { ask, dialog } = useConfirm();
  const { t } = useT();
  const addStarter = useAction(
    async (starter: string) => {
      const m = await ok(api.programs[":id"].training.starters.$post({ param: { id }, json: { key: starter } }));
      return t("training.admin.added", { title: m.title });
    },
    [key],
  );
  const remove = useAction(
    async (m: TrainingModule) => {
      await ok(api.training[":id"].$delete({ param: { id: m.id } }));
      return t("training.admin.removed", { title: m.title });
    },
    [key],
  );
  const data = training.data;

  return (
    <ProgramLayout
      tab="training"
      heading={(name) => (name ? t("training.admin.titleFor", { name }) : t("training.admin.title"))}
    >
      {dialog}
      <p>{t("training.admin.intro")}</p>
      <Alert message={training.error && t("training.admin.loadFailed", { error: training.error })}>
        <TryAgain onClick={training.reload} />
      </Alert>
      {!data ? (
        !training.error && <Skeleton label={t("training.admin.loading")} />
      ) : editing ? (
        <ModuleEditor programId={id} module={editing === "new" ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          <div class="actions">
            <button type="button" onClick={() => setEditing("new")}>
              {t("training.admin.new")}
            </button>
            {data.starters.map((s) => (
              <button
                key={s.key}
                type="button"
                class="secondary"
                disabled={addStarter.busy}
                onClick={() => void addStarter.run(s.key)}
              >
                {t("training.admin.addStarter", { title: s.title })}
              </button>
            ))}
          </div>
          <Status
            tone={addStarter.result?.tone ?? remove.result?.tone}
            message={(addStarter.result ?? remove.result)?.text}
          />
          {data.items.length === 0 && (
            <EmptyState title={t("training.admin.emptyTitle")}>{t("training.admin.emptyText")}</EmptyState>
          )}
          <ul class="module-list">
            {data.items.map((m) => (
              <li key={m.id} class="card">
                <h2>{m.title}</h2>
                <p>
                  {t("training.admin.audience", { audience: m.audience })} ·{" "}
                  {m.required ? t("training.admin.required") : t("training.admin.optional")} ·{" "}
                  {m.questions.length
                    ? t("training.admin.questions", { count: m.questions.length, mark: m.passMark / 100 })
                    : t("training.admin.toRead")}{" "}
                  · {t("training.admin.passed", { count: m.passedCount ?? 0 })}
                </p>
                <div class="actions">
                  <button type="button" class="secondary" onClick={() => setEditing(m)}>
                    {t("training.admin.edit")} <span class="sr-only">{m.title}</span>
                  </button>
                  <button
                    type="button"
                    class="danger"
                    onClick={async () => {
                      const yes = await ask({
                        title: t("training.admin.removeTitle", { title: m.title }),
                        message: t("training.admin.removeText"),
                        confirmLabel: t("training.admin.removeConfirm"),
                        danger: true,
                      });
                      if (yes) await remove.run(m);
                    }}
                  >
                    {t("training.admin.remove")} <span class="sr-only">{m.title}</span>
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
