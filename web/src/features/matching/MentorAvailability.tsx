/**
 * A mentor's availability in one program, on their dashboard: how many mentees they can take,
 * pausing or resuming new requests, and the requests waiting for their answer.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import type { Me } from "../../lib/session";
import { Status } from "../../lib/Field";
import { useAction, useFormSave } from "../../lib/form";
import { plural } from "../../lib/format";

type Enrollment = Me["enrollments"][number];

export function MentorAvailability(props: { e: Enrollment; waiting: number; onChanged: () => Promise<void> }) {
  const { e, waiting, onChanged } = props;
  const [capacity, setCapacity] = useState(String(e.capacity ?? e.program.defaultCapacity));
  const id = `seats-${e.programId}`;
  const choosing = e.program.matchMode !== "admin";
  const newOnes = choosing ? "requests" : "mentees";
  const param = { programId: e.programId };
  const seats = useFormSave(
    async (n: number) => {
      await ok(api.me.enrollments[":programId"].$patch({ param, json: { capacity: n } }));
      await onChanged();
      return n;
    },
    { saved: (n) => `Saved: you can mentor ${plural(n, "person", "people")} in ${e.program.name}.` },
  );
  const pause = useAction(async (paused: boolean) => {
    const enrollment = api.me.enrollments[":programId"];
    await ok(paused ? enrollment.resume.$post({ param }) : enrollment.pause.$post({ param }));
    await onChanged();
    return paused
      ? `You are taking new ${newOnes} in ${e.program.name} again.`
      : `New ${newOnes} in ${e.program.name} are paused. Your current mentorships carry on.`;
  });
  const [last, setLast] = useState<"seats" | "pause">("seats");
  const error = seats.errors.capacity;
  const busy = seats.busy || pause.busy;
  // Both actions speak in the one line below: the last one to finish.
  const status = last === "pause" ? pause.result : seats.result;

  const save = async (ev: Event) => {
    ev.preventDefault();
    setLast("seats");
    const n = Number(capacity);
    const wrong = capacity.trim() === "" || !Number.isInteger(n) || n < 0 || n > 50;
    await seats.submit(n, wrong ? { capacity: "Enter a whole number from 0 to 50." } : {});
  };

  const togglePause = async () => {
    setLast("pause");
    await pause.run(!!e.pausedAt);
  };

  return (
    <div class="availability">
      <h4>As a mentor</h4>
      {e.pausedBecause === "lapsed" && (
        <p class="notice">Two requests went unanswered, so we paused new requests. Resume when you have time.</p>
      )}
      <form ref={seats.formRef} class="seats" onSubmit={save} noValidate>
        <label for={id}>
          How many mentees can you take<span class="sr-only"> in {e.program.name}</span>?
        </label>
        <p class="hint" id={`${id}-hint`}>
          Counting the ones you have now. {plural(e.program.defaultCapacity, "mentee")} unless you change it.
        </p>
        <div class="seats-row">
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            value={capacity}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}
            onInput={(ev) => setCapacity(ev.currentTarget.value)}
          />
          <button type="submit" class="secondary" disabled={busy}>
            Save<span class="sr-only"> how many mentees you can take in {e.program.name}</span>
          </button>
        </div>
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </form>
      <p>
        {e.pausedAt ? `You are not taking new ${newOnes} now.` : `You are taking new ${newOnes}.`}{" "}
        <button type="button" class="secondary" onClick={togglePause} disabled={busy}>
          {e.pausedAt ? "Resume" : "Pause"} new {newOnes}
          <span class="sr-only"> in {e.program.name}</span>
        </button>
      </p>
      {choosing && (
        <p>
          <a href="/requests">
            {waiting === 0 ? "No requests to answer" : `${plural(waiting, "request")} to answer`}
            <span class="sr-only"> in {e.program.name}</span>
          </a>
        </p>
      )}
      <Status tone={status?.tone} message={status?.text} />
    </div>
  );
}
