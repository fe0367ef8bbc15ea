/** The host's steps through an event day, each a section: the current one highlighted, done ones ticked. */
import type { ComponentChildren } from "preact";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

export type StepState = "done" | "current" | "todo";
type Progress = { registered: boolean; checkedIn: boolean; planned: boolean; started: boolean; finished: boolean };

/** Where the host is: the first step not done is the current one. */
export function stepsOf(p: Progress) {
  const done = [p.registered || p.checkedIn, p.checkedIn && p.planned, p.planned, p.finished, false];
  const first = done.indexOf(false);
  const state = (i: number): StepState => (done[i] && i < first ? "done" : i === first ? "current" : "todo");
  // Once the clock runs, planning again is still possible, but running it is what the host is doing.
  if (p.started && !p.finished)
    return { share: "done", checkin: "done", plan: "done", run: "current", followUp: "todo" } as const;
  return { share: state(0), checkin: state(1), plan: state(2), run: state(3), followUp: state(4) };
}

export function Step(props: { n: number; title: string; state: StepState; children: ComponentChildren }) {
  const { n, title, state, children } = props;
  const { t } = useT();
  return (
    <li class="ev-step" data-state={state} aria-current={state === "current" ? "step" : undefined}>
      <section aria-labelledby={`ev-step-${n}`}>
        <h2 id={`ev-step-${n}`}>
          <span class="ev-step-no" aria-hidden="true">
            {state === "done" ? "✓" : n}
          </span>{" "}
          {title}
          {/* The current step already shows a visible "Now" tag, so only a done step needs words for screen readers. */}
          {state === "done" && <span class="sr-only"> ({t("events.step.done")})</span>}
          {state === "current" && (
            <Tag tone="info" class="ev-step-now">
              {t("events.step.now")}
            </Tag>
          )}
        </h2>
        {children}
      </section>
    </li>
  );
}
