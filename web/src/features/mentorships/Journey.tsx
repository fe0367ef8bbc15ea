/**
 * The pair's journey on the mentorship page: the program's steps in order, where the two are now, and a
 * box to tick each step off; a tick by either shows to both (the answer holds both people's ticks).
 */
import { useEffect, useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { useApi, useApiChange } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import type { Mentorship } from "./myMentorships";
import { useT } from "./i18n";

const load = (id: string) => ok(api.mentorships[":id"].journey.$get({ param: { id } }));
type PairJourney = Awaited<ReturnType<typeof load>>;

export function Journey({ m }: { m: Mentorship }) {
  const { t } = useT();
  const loaded = useApi(["mentorships", m.id, "journey"], () => load(m.id));
  const ticking = useApiChange((a: { stepId: string; done: boolean }) =>
    ok(
      api.mentorships[":id"].journey[":stepId"].$put({ param: { id: m.id, stepId: a.stepId }, json: { done: a.done } }),
    ),
  );
  const journey = loaded.data;
  if (!journey) return loaded.error ? <Alert message={loaded.error} /> : <Skeleton />;
  if (!journey.steps.length) return null;
  const tick = async (stepId: string, done: boolean) => {
    const next = await ticking.run({ stepId, done });
    if (next) loaded.set(next);
    return !!next;
  };
  const done = journey.steps.filter((s) => s.tickedAt).length;
  return (
    <section id="journey" aria-labelledby="journey-h" class="journey">
      <h2 id="journey-h">{t("mentorships.journey.title")}</h2>
      <p>
        {t("mentorships.journey.progress", { done, count: journey.steps.length })}
        {journey.overdue && ` · ${t("mentorships.journey.overdue")}`}
      </p>
      <Alert message={ticking.error} />
      <ol class="journey-steps">
        {journey.steps.map((s) => (
          <Step key={s.id} step={s} current={s.id === journey.current} active={m.status === "active"} onTick={tick} />
        ))}
      </ol>
    </section>
  );
}

function Step(props: {
  step: PairJourney["steps"][number];
  current: boolean;
  active: boolean;
  onTick: (id: string, done: boolean) => Promise<boolean>;
}) {
  const { step: s, current, active, onTick } = props;
  const { t } = useT();
  const box = `step-${s.id}`;
  // The box shows the click at once; the saved answer (or a failure) settles it.
  const [on, setOn] = useState(!!s.tickedAt);
  useEffect(() => setOn(!!s.tickedAt), [s.tickedAt]);
  const toggle = async (next: boolean) => {
    setOn(next);
    if (!(await onTick(s.id, next))) setOn(!next);
  };
  return (
    <li class="journey-step" data-current={current || undefined} aria-current={current ? "step" : undefined}>
      <div class="choice">
        <input
          type="checkbox"
          id={box}
          checked={on}
          disabled={!active}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <label for={box}>
          <strong>{s.when}:</strong> {s.title}
        </label>
      </div>
      <p class="hint">
        {s.tickedAt
          ? t("mentorships.journey.done", { date: formatDate(s.tickedAt) })
          : s.dueAt
            ? t("mentorships.journey.due", { date: formatDate(s.dueAt) })
            : ""}
        {current && ` · ${t("mentorships.journey.here")}`}
      </p>
      {(s.guide || s.prompts.length > 0) && (
        <details open={current}>
          <summary>{t("mentorships.journey.guide")}</summary>
          {s.guide && <p>{s.guide}</p>}
          {s.prompts.length > 0 && (
            <ul>
              {s.prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}
