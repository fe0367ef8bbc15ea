/**
 * Someone's roulette in one program (signed in): how often they take part, the next round to sit out,
 * and a pause. Saving opts them in where roulette is a switch in a program of another kind.
 */
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { Field, Options, Status } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

type Choices = { cadenceWeeks?: 1 | 2 | 4; skipNext?: boolean; paused?: boolean };
const cadences = (t: Translate): [string, string][] => [
  ["1", t("roulette.mine.cadence.1")],
  ["2", t("roulette.mine.cadence.2")],
  ["4", t("roulette.mine.cadence.4")],
];

export default function MyRoulette() {
  return <RequireSignIn>{() => <RouletteChoices />}</RequireSignIn>;
}

function RouletteChoices() {
  const { t } = useT();
  const programId = useRoute().params.programId ?? "";
  const key = ["me", "roulette", programId];
  const loaded = useApi(key, () => ok(api.me.enrollments[":programId"].roulette.$get({ param: { programId } })));
  const save = useFormSave(
    (json: Choices) => ok(api.me.enrollments[":programId"].roulette.$put({ param: { programId }, json })),
    { saved: t("roulette.mine.saved") },
  );
  const prefs = loaded.data;
  const send = async (json: Choices) => {
    const next = await save.submit(json);
    if (next) loaded.set(next);
  };
  if (loaded.error) {
    return (
      <section class="narrow">
        <h1>{t("roulette.mine.title")}</h1>
        <Alert message={loaded.error}>
          <TryAgain onClick={loaded.reload} />
        </Alert>
      </section>
    );
  }
  if (!prefs) return <Skeleton />;
  const skipping = prefs.skipRound !== null;
  return (
    <section class="narrow roulette">
      <h1>{t("roulette.mine.titleIn", { program: prefs.programName })}</h1>
      <p>
        {t("roulette.mine.next", {
          day: formatDate(prefs.nextRoundAt),
          you: prefs.paused ? "paused" : skipping ? "skipping" : "in",
        })}
      </p>
      <form ref={save.formRef} onSubmit={(e) => e.preventDefault()}>
        <Field id="cadence" label={t("roulette.mine.howOften")} error={save.errors.cadenceWeeks}>
          {(aria) => (
            <select
              {...aria}
              value={prefs.cadenceWeeks}
              onChange={(e) => send({ cadenceWeeks: Number(e.currentTarget.value) as 1 | 2 | 4 })}
            >
              <Options options={cadences(t)} />
            </select>
          )}
        </Field>
        <div class="row">
          <button type="button" class="secondary" onClick={() => send({ skipNext: !skipping })} disabled={save.busy}>
            {skipping ? t("roulette.mine.takePart") : t("roulette.mine.skip")}
          </button>
          <button type="button" onClick={() => send({ paused: !prefs.paused })} disabled={save.busy}>
            {prefs.paused ? t("roulette.mine.resume") : t("roulette.mine.pause")}
          </button>
        </div>
        <Status message={save.result?.text} tone={save.result?.tone} />
      </form>
    </section>
  );
}
