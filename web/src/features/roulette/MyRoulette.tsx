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

type Choices = { cadenceWeeks?: 1 | 2 | 4; skipNext?: boolean; paused?: boolean };
const CADENCES = [
  { weeks: 1, label: "Every week" },
  { weeks: 2, label: "Every two weeks" },
  { weeks: 4, label: "Every four weeks" },
] as const;

export default function MyRoulette() {
  return <RequireSignIn>{() => <RouletteChoices />}</RequireSignIn>;
}

function RouletteChoices() {
  const programId = useRoute().params.programId ?? "";
  const key = ["me", "roulette", programId];
  const loaded = useApi(key, () => ok(api.me.enrollments[":programId"].roulette.$get({ param: { programId } })));
  const save = useFormSave(
    (json: Choices) => ok(api.me.enrollments[":programId"].roulette.$put({ param: { programId }, json })),
    { saved: "Saved." },
  );
  const prefs = loaded.data;
  const send = async (json: Choices) => {
    const next = await save.submit(json);
    if (next) loaded.set(next);
  };
  if (loaded.error) {
    return (
      <section class="narrow">
        <h1>Roulette</h1>
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
      <h1>Roulette in {prefs.programName}</h1>
      <p>
        Every round pairs you with someone new for half an hour. The next round starts on{" "}
        {formatDate(prefs.nextRoundAt)}
        {prefs.paused ? ", without you while you are paused." : skipping ? ", without you: you skip it." : "."}
      </p>
      <form ref={save.formRef} onSubmit={(e) => e.preventDefault()}>
        <Field id="cadence" label="How often" error={save.errors.cadenceWeeks}>
          {(aria) => (
            <select
              {...aria}
              value={prefs.cadenceWeeks}
              onChange={(e) => send({ cadenceWeeks: Number(e.currentTarget.value) as 1 | 2 | 4 })}
            >
              <Options options={CADENCES.map((c) => [String(c.weeks), c.label])} />
            </select>
          )}
        </Field>
        <div class="row">
          <button type="button" class="secondary" onClick={() => send({ skipNext: !skipping })} disabled={save.busy}>
            {skipping ? "Take part in the next round" : "Skip the next round"}
          </button>
          <button type="button" onClick={() => send({ paused: !prefs.paused })} disabled={save.busy}>
            {prefs.paused ? "Resume" : "Pause"}
          </button>
        </div>
        <Status message={save.result?.text} tone={save.result?.tone} />
      </form>
    </section>
  );
}
