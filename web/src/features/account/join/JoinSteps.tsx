/**
 * The sign-up in three short steps. Each step is checked before the next one shows; going back keeps
 * every answer; a refusal from the API about an earlier step's field takes the person back to it.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, fieldsOf, ok, type FieldErrors } from "../../../lib/api";
import { Status } from "../../../lib/Field";
import { focusSoon } from "../../../lib/focus";
import { useT } from "../i18n";
import { useApiChange } from "../../../lib/query";
import { Skeleton } from "../../../lib/Skeleton";
import { AboutStep } from "./AboutStep";
import { Progress } from "./Progress";
import { blankAnswers, body, check, stepOf, stepsFor, stepTitle, type Answers, type Body } from "./form";

type Info = {
  program: { name: string; roles: string[]; profileFields: string[]; skills: string[] };
  allowedEmailDomains: string[];
  privacyNotice: string;
};

/** "skillsOffered.0.name" → "skillsOffered": each field shows the first thing the API said of it. */
const byField = (fields: FieldErrors) =>
  Object.entries(fields).reduce<FieldErrors>((out, [k, v]) => ({ [k.split(".")[0]!]: v, ...out }), {});

export function JoinSteps({
  info,
  slug,
  joinKey,
  onSent,
}: {
  info: Info;
  slug: string;
  joinKey: string;
  onSent: (email: string) => void;
}) {
  const { t } = useT();
  const p = info.program;
  const [answers, setAnswers] = useState<Answers>(() => blankAnswers(p));
  const [current, setCurrent] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [later, setLater] = useState<typeof import("./later") | null>(null);
  useEffect(() => {
    // Fetched while the first step is being filled in, so Next rarely waits for it.
    void import("./later").then(setLater);
  }, []);
  const joining = useApiChange((json: Body) => ok(api.join[":slug"].$post({ param: { slug }, json })));
  const steps = stepsFor(p, answers.role);
  const at = Math.min(current, steps.length - 1);
  const step = steps[at]!;
  const last = at === steps.length - 1;
  const asks = (q: keyof Answers) => step.questions.includes(q);
  const set = (change: Partial<Answers>) => {
    setAnswers((a) => ({ ...a, ...change }));
    // A corrected answer no longer carries the error it had.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in change))));
  };

  const show = (to: number, found: FieldErrors = {}) => {
    setCurrent(to);
    setErrors(found);
    const invalid = () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (Object.keys(found).length) setTimeout(invalid, 0);
    else focusSoon("join-step");
  };

  const next = async (e: Event) => {
    e.preventDefault();
    const found = check(step.questions, answers, t);
    if (Object.keys(found).length) return show(at, found);
    if (!last) return show(at + 1);
    setErrors({});
    if ((await joining.run(body(steps, answers, joinKey), (err) => refused(err))) !== null) onSent(answers.email);
  };
  const refused = (err: unknown) => {
    const fields = byField(fieldsOf(err));
    const where = Object.keys(fields)
      .map((f) => stepOf(steps, f))
      .filter((i) => i >= 0);
    if (where.length) show(Math.min(...where), fields);
  };

  const titles = steps.map((s) => stepTitle(s.key, answers.role, t));
  const general = Object.keys(errors).length ? t("join.correct") : last ? joining.error : null;
  return (
    <>
      <Progress titles={titles} current={at} />
      <form ref={formRef} onSubmit={next} noValidate class="join-form">
        <h2 id="join-step" tabIndex={-1}>
          <span class="sr-only">{t("join.stepOf", { step: at + 1, steps: steps.length })}: </span>
          {titles[at]}
        </h2>
        {step.key === "about" && (
          <AboutStep
            answers={answers}
            set={set}
            errors={errors}
            asks={asks}
            roles={p.roles}
            emailDomains={info.allowedEmailDomains}
          />
        )}
        {step.key !== "about" && !later && <Skeleton label={t("join.loadingNext")} />}
        {step.key === "offer" && later && (
          <later.OfferStep answers={answers} set={set} errors={errors} asks={asks} vocabulary={p.skills} />
        )}
        {step.key === "preferences" && later && (
          <later.PreferencesStep
            answers={answers}
            set={set}
            errors={errors}
            asks={asks}
            privacyNotice={info.privacyNotice}
          />
        )}
        <Status tone="error" message={general} />
        <div class="join-actions">
          {at > 0 && (
            <button type="button" class="secondary" onClick={() => show(at - 1)}>
              {t("join.back")}
            </button>
          )}
          <button type="submit" disabled={joining.busy}>
            {!last ? t("join.next") : joining.busy ? t("join.sending") : t("join.send")}
          </button>
        </div>
      </form>
    </>
  );
}
