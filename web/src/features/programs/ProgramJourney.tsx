/**
 * A program's journey as its managers edit it (steps timed from a pair's start, each with a guide and
 * prompts), and the default mentoring agreement pairs start from. Steps keep their ids, so pairs keep ticks.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field, NumberField, Submit, TextAreaField } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";
import type { Program } from "./ProgramLayout";
import { MentorApplications } from "./MentorApplications";

const load = (id: string) => ok(api.programs[":id"].journey.$get({ param: { id } }));
type Step = { id?: string; unit: "week" | "month"; n: string; title: string; guide: string; prompts: string };
type Terms = NonNullable<Program["agreementTerms"]>;

export function ProgramJourney({ program }: { program: Program }) {
  const loaded = useApi(["programs", program.id, "journey"], () => load(program.id));
  return (
    <>
      <section aria-labelledby="journey-h">
        <h2 id="journey-h">Journey</h2>
        <p class="hint">
          The steps pairs see on their mentorship page, timed from their start. A step due and not ticked off is
          reminded to both; the first step is the first meeting's agenda.
        </p>
        <Alert message={loaded.error} />
        {loaded.data && (
          <JourneyForm
            key={loaded.data.steps.map((s) => s.id).join()}
            programId={program.id}
            steps={loaded.data.steps}
          />
        )}
      </section>
      <DefaultAgreement program={program} />
      {program.mentorsNeedApproval && <MentorApplications programId={program.id} />}
    </>
  );
}

type Saved = Awaited<ReturnType<typeof load>>["steps"];

function JourneyForm({ programId, steps: saved }: { programId: string; steps: Saved }) {
  const [steps, setSteps] = useState<Step[]>(
    saved.map((s) => ({ ...s, n: String(s.n), prompts: s.prompts.join("\n") })),
  );
  const save = useFormSave(
    (json: {
      steps: { id?: string; unit: "week" | "month"; n: number; title: string; guide: string; prompts: string[] }[];
    }) => ok(api.programs[":id"].journey.$put({ param: { id: programId }, json })),
    { saved: "Journey saved.", invalidates: [["programs", programId, "journey"]] },
  );
  const change = (i: number, part: Partial<Step>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...part } : s)));
  const submit = (e: Event) => {
    e.preventDefault();
    const lines = (t: string) =>
      t
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    void save.submit({ steps: steps.map((s) => ({ ...s, n: Number(s.n), prompts: lines(s.prompts) })) });
  };
  const err = (i: number, k: string) => save.errors[`steps.${i}.${k}`];
  return (
    <form ref={save.formRef} onSubmit={submit} noValidate>
      <ol class="journey-steps">
        {steps.map((s, i) => (
          <li class="journey-step" key={s.id ?? i}>
            <div class="row">
              <Field id={`js-unit-${i}`} label="In" error={err(i, "unit")}>
                {(a) => (
                  <select
                    {...a}
                    value={s.unit}
                    onChange={(e) => change(i, { unit: e.currentTarget.value as Step["unit"] })}
                  >
                    <option value="week">Week</option>
                    <option value="month">Month</option>
                  </select>
                )}
              </Field>
              <NumberField
                id={`js-n-${i}`}
                label="Number"
                range={[1, 104]}
                error={err(i, "n")}
                value={s.n}
                onInput={(n) => change(i, { n })}
              />
            </div>
            <Field id={`js-title-${i}`} label="Step" error={err(i, "title")}>
              {(a) => <input {...a} value={s.title} onInput={(e) => change(i, { title: e.currentTarget.value })} />}
            </Field>
            <TextAreaField
              id={`js-guide-${i}`}
              label="Guide"
              error={err(i, "guide")}
              rows={2}
              value={s.guide}
              onInput={(guide) => change(i, { guide })}
            />
            <TextAreaField
              id={`js-prompts-${i}`}
              label="Discussion prompts"
              hint="One a line"
              error={err(i, "prompts")}
              rows={2}
              value={s.prompts}
              onInput={(prompts) => change(i, { prompts })}
            />
            <button type="button" class="secondary" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
              Remove step {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => setSteps([...steps, { unit: "week", n: "1", title: "", guide: "", prompts: "" }])}
        >
          Add a step
        </button>
      </p>
      <Submit busy={save.busy} label="Save journey" busyLabel="Saving…" result={save.result} />
    </form>
  );
}

const BLANK: Terms = { frequency: "", format: "", confidentiality: "", expectations: "" };
const TERMS: [keyof Terms, string][] = [
  ["frequency", "How often pairs meet"],
  ["format", "How they meet"],
  ["confidentiality", "Confidentiality"],
  ["expectations", "What each expects"],
];

function DefaultAgreement({ program }: { program: Program }) {
  const [terms, setTerms] = useState<Terms>(program.agreementTerms ?? BLANK);
  const save = useFormSave(
    (agreementTerms: Terms) => ok(api.programs[":id"].$patch({ param: { id: program.id }, json: { agreementTerms } })),
    {
      saved: "Agreement saved.",
      invalidates: [["programs", program.id]],
      fieldOf: (k) => k.replace("agreementTerms.", ""),
    },
  );
  return (
    <section aria-labelledby="agreement-h">
      <h2 id="agreement-h">Mentoring agreement</h2>
      <p class="hint">What pairs start from and both confirm; each pair may change it before confirming.</p>
      <form
        ref={save.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.submit(terms);
        }}
      >
        {TERMS.map(([k, label]) => (
          <TextAreaField
            key={k}
            id={`pa-${k}`}
            label={label}
            error={save.errors[k]}
            rows={2}
            value={terms[k]}
            onInput={(text) => setTerms({ ...terms, [k]: text })}
          />
        ))}
        <Submit busy={save.busy} label="Save agreement" busyLabel="Saving…" result={save.result} />
      </form>
    </section>
  );
}
