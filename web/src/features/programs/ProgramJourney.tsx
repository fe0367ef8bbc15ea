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
import type { Translate } from "../../lib/i18n";
import { Section } from "../../lib/Section";
import { useT } from "./i18n";

const load = (id: string) => ok(api.programs[":id"].journey.$get({ param: { id } }));
type Step = { id?: string; unit: "week" | "month"; n: string; title: string; guide: string; prompts: string };
type Terms = NonNullable<Program["agreementTerms"]>;

export function ProgramJourney({ program }: { program: Program }) {
  const loaded = useApi(["programs", program.id, "journey"], () => load(program.id));
  const { t } = useT();
  return (
    <>
      <Section headingId="journey-h" title={t("programs.journey.title")} hint={t("programs.journey.hint")}>
        <Alert message={loaded.error} />
        {loaded.data && (
          <JourneyForm
            key={loaded.data.steps.map((s) => s.id).join()}
            programId={program.id}
            steps={loaded.data.steps}
          />
        )}
      </Section>
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
  const { t } = useT();
  const save = useFormSave(
    (json: {
      steps: { id?: string; unit: "week" | "month"; n: number; title: string; guide: string; prompts: string[] }[];
    }) => ok(api.programs[":id"].journey.$put({ param: { id: programId }, json })),
    { saved: t("programs.journey.saved"), invalidates: [["programs", programId, "journey"]] },
  );
  const change = (i: number, part: Partial<Step>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...part } : s)));
  const submit = (e: Event) => {
    e.preventDefault();
    const lines = (text: string) =>
      text
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
              <Field id={`js-unit-${i}`} label={t("programs.journey.unit")} error={err(i, "unit")}>
                {(a) => (
                  <select
                    {...a}
                    value={s.unit}
                    onChange={(e) => change(i, { unit: e.currentTarget.value as Step["unit"] })}
                  >
                    <option value="week">{t("programs.journey.week")}</option>
                    <option value="month">{t("programs.journey.month")}</option>
                  </select>
                )}
              </Field>
              <NumberField
                id={`js-n-${i}`}
                label={t("programs.journey.number")}
                range={[1, 104]}
                error={err(i, "n")}
                value={s.n}
                onInput={(n) => change(i, { n })}
              />
            </div>
            <Field id={`js-title-${i}`} label={t("programs.journey.step")} error={err(i, "title")}>
              {(a) => <input {...a} value={s.title} onInput={(e) => change(i, { title: e.currentTarget.value })} />}
            </Field>
            <TextAreaField
              id={`js-guide-${i}`}
              label={t("programs.journey.guide")}
              error={err(i, "guide")}
              rows={2}
              value={s.guide}
              onInput={(guide) => change(i, { guide })}
            />
            <TextAreaField
              id={`js-prompts-${i}`}
              label={t("programs.journey.prompts")}
              hint={t("programs.journey.promptsHint")}
              error={err(i, "prompts")}
              rows={2}
              value={s.prompts}
              onInput={(prompts) => change(i, { prompts })}
            />
            <button type="button" class="secondary" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
              {t("programs.journey.remove", { n: i + 1 })}
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
          {t("programs.journey.add")}
        </button>
      </p>
      <Submit change={save} label={t("programs.journey.save")} busyLabel={t("programs.form.saving")} />
    </form>
  );
}

const BLANK: Terms = { frequency: "", format: "", confidentiality: "", expectations: "" };
const termsOf = (t: Translate): [keyof Terms, string][] => [
  ["frequency", t("programs.agreement.frequency")],
  ["format", t("programs.agreement.format")],
  ["confidentiality", t("programs.agreement.confidentiality")],
  ["expectations", t("programs.agreement.expectations")],
];

function DefaultAgreement({ program }: { program: Program }) {
  const [terms, setTerms] = useState<Terms>(program.agreementTerms ?? BLANK);
  const { t } = useT();
  const save = useFormSave(
    (agreementTerms: Terms) => ok(api.programs[":id"].$patch({ param: { id: program.id }, json: { agreementTerms } })),
    {
      saved: t("programs.agreement.saved"),
      invalidates: [["programs", program.id]],
      fieldOf: (k) => k.replace("agreementTerms.", ""),
    },
  );
  return (
    <Section headingId="agreement-h" title={t("programs.agreement.title")} hint={t("programs.agreement.hint")}>
      <form
        ref={save.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.submit(terms);
        }}
      >
        {termsOf(t).map(([k, label]) => (
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
        <Submit change={save} label={t("programs.agreement.save")} busyLabel={t("programs.form.saving")} />
      </form>
    </Section>
  );
}
