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

export default function TrainingPage() {
  return <RequireSignIn>{() => <TrainingView />}</RequireSignIn>;
}

function TrainingView() {
  const id = useRoute().params.id!;
  const training = useApi(["programs", id, "training"], () => loadTraining(id));
  const data = training.data;
  if (training.error) {
    return (
      <Alert message={`Your training could not be loaded: ${training.error}`}>
        <TryAgain onClick={training.reload} />
      </Alert>
    );
  }
  if (!data) return <Skeleton label="Loading your training" />;
  if (data.manages) {
    return (
      <section class="narrow">
        <h1>Training</h1>
        <p>
          You manage this program: its training is on the <a href={`/admin/programs/${id}/training`}>Training tab</a>.
        </p>
      </section>
    );
  }
  const due = data.items.filter((m) => m.required && m.status !== "passed").length;
  return (
    <section class="narrow training">
      <BackLink href="/dashboard" label="Dashboard" />
      <h1>Your training</h1>
      <p>
        {due === 0
          ? "You have done everything your program requires before matching."
          : `${due} ${due === 1 ? "module" : "modules"} to finish before you can be matched.`}
      </p>
      {data.items.length === 0 && <EmptyState title="No training here">This program asks for none.</EmptyState>}
      {data.items.map((m) => (
        <ModuleCard key={m.id} programId={id} module={m} />
      ))}
    </section>
  );
}

function ModuleCard({ programId, module: m }: { programId: string; module: TrainingModule }) {
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const attempt = useFormSave(
    (chosen: number[]) => ok(api.training[":id"].attempts.$post({ param: { id: m.id }, json: { answers: chosen } })),
    {
      invalidates: [
        ["programs", programId, "training"],
        ["me", "next"],
      ],
      saved: (r) =>
        r.passed
          ? `Passed${m.questions.length ? ` with ${r.score}%` : ""}.`
          : `${r.score}%: ${r.wrong.length === 1 ? "one answer is" : `${r.wrong.length} answers are`} not right yet. Read the guide again and try once more.`,
    },
  );
  const send = (e: Event) => {
    e.preventDefault();
    const missing = m.questions.flatMap((_, i) => (answers[i] === undefined ? [`q${i}`] : []));
    const problems = Object.fromEntries(missing.map((k) => [k, "Choose an answer."]));
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
        <span class="tag" data-tone={toneOf(statusWord(m.status))}>
          {statusWord(m.status)}
        </span>
      </header>
      {!m.required && <p class="hint">Optional</p>}
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
            busy={attempt.busy}
            label={m.questions.length ? "Check my answers" : "I have read this"}
            busyLabel="Checking…"
            result={attempt.result}
          />
        )}
        {passed && <p class="status success">{attempt.result?.text ?? "Done."}</p>}
      </form>
    </article>
  );
}
