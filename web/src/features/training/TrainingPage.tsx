/**
 * A participant's training in one program: each module's guide, its questions (or "I have read this"),
 * and where they stand. Answers are marked by the server; a failed attempt can be tried again.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Alert, TryAgain } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";
import { useApi } from "../../lib/query";
import { toneOf } from "../../lib/tone";
import { loadTraining, statusWord, type TrainingModule } from "./data";
import "../../styles/training.css";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

export default function TrainingPage() {
  return <RequireSignIn>{() => <TrainingView />}</RequireSignIn>;
}

function TrainingView() {
  const id = useRoute().params.id!;
  const training = useApi(["programs", id, "training"], () => loadTraining(id));
  const data = training.data;
  const { t } = useT();
  if (training.error) {
    return (
      <Alert message={t("training.page.loadFailed", { error: training.error })}>
        <TryAgain onClick={training.reload} />
      </Alert>
    );
  }
  if (!data) return <Skeleton label={t("training.page.loading")} />;
  if (data.manages) {
    return (
      <section class="narrow">
        <h1>{t("training.page.managerTitle")}</h1>
        <p>
          {t("training.page.managerBefore")}{" "}
          <a href={`/admin/programs/${id}/training`}>{t("training.page.managerLink")}</a>
          {t("training.page.managerAfter")}
        </p>
      </section>
    );
  }
  const due = data.items.filter((m) => m.required && m.status !== "passed").length;
  return (
    <section class="narrow training">
      <BackLink href="/dashboard" label={t("training.page.back")} />
      <h1>{t("training.page.title")}</h1>
      <p>{due === 0 ? t("training.page.allDone") : t("training.page.due", { count: due })}</p>
      {data.items.length === 0 && (
        <EmptyState title={t("training.page.emptyTitle")}>{t("training.page.emptyText")}</EmptyState>
      )}
      {data.items.map((m) => (
        <ModuleCard key={m.id} programId={id} module={m} />
      ))}
    </section>
  );
}

function ModuleCard({ programId, module: m }: { programId: string; module: TrainingModule }) {
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const { t } = useT();
  const attempt = useFormSave(
    (chosen: number[]) => ok(api.training[":id"].attempts.$post({ param: { id: m.id }, json: { answers: chosen } })),
    {
      invalidates: [
        ["programs", programId, "training"],
        ["me", "next"],
      ],
      saved: (r) =>
        r.passed
          ? m.questions.length
            ? t("training.module.passedWith", { score: r.score / 100 })
            : t("training.module.passed")
          : t("training.module.failed", { score: r.score / 100, wrong: r.wrong.length }),
    },
  );
  const send = (e: Event) => {
    e.preventDefault();
    const missing = m.questions.flatMap((_, i) => (answers[i] === undefined ? [`q${i}`] : []));
    const problems = Object.fromEntries(missing.map((k) => [k, t("training.module.needAnswer")]));
    void attempt.submit(
      m.questions.map((_, i) => answers[i] ?? 0),
      problems,
    );
  };
  const passed = m.status === "passed";
  return (
    <article class="card training-module" aria-labelledby={`module-${m.id}`}>
      <header>
        <h2 id={`module-${m.id}`}>{m.title}</h2>
        {m.status && (
          // A manager has no status of their own in a module: no tag rather than an empty one.
          <Tag tone={toneOf(statusWord(m.status))}>{t("training.module.status", { status: m.status })}</Tag>
        )}
      </header>
      {!m.required && <p class="hint">{t("training.module.optional")}</p>}
      <div class="guide" dangerouslySetInnerHTML={{ __html: m.guideHtml }} />
      <form ref={attempt.formRef} onSubmit={send} noValidate>
        {m.questions.map((q, i) => (
          <fieldset key={i}>
            <legend>{q.prompt}</legend>
            {q.options.map((option, j) => (
              <label key={j} class="choice">
                <input
                  type="radio"
                  aria-invalid={attempt.errors[`q${i}`] ? "true" : undefined}
                  name={`${m.id}-q${i}`}
                  checked={answers[i] === j}
                  onChange={() => setAnswers((a) => Object.assign([...a], { [i]: j }))}
                />
                {option}
              </label>
            ))}
            {attempt.errors[`q${i}`] && <p class="error">{attempt.errors[`q${i}`]}</p>}
          </fieldset>
        ))}
        {!passed && (
          <Submit
            change={attempt}
            label={m.questions.length ? t("training.module.check") : t("training.module.read")}
            busyLabel={t("training.module.busy")}
          />
        )}
        {passed && <p class="status success">{attempt.result?.text ?? t("training.module.done")}</p>}
      </form>
    </article>
  );
}
