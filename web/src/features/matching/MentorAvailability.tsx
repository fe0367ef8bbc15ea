/**
 * A mentor's availability in one program, on their dashboard: how many mentees they can take,
 * pausing or resuming new requests, and the requests waiting for their answer.
 */
import { useState } from "preact/hooks";
import { api, fieldsOf, messageOf, ok } from "../../lib/api";
import type { Me } from "../../lib/session";
import { Status, type StatusMessage } from "../../lib/Field";
import { plural } from "../../lib/format";

type Enrollment = Me["enrollments"][number];

export function MentorAvailability(props: { e: Enrollment; waiting: number; onChanged: () => Promise<void> }) {
  const { e, waiting, onChanged } = props;
  const [capacity, setCapacity] = useState(String(e.capacity ?? e.program.defaultCapacity));
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `seats-${e.programId}`;
  const choosing = e.program.matchMode !== "admin";
  const newOnes = choosing ? "requests" : "mentees";

  const save = async (ev: Event) => {
    ev.preventDefault();
    setError(undefined);
    const n = Number(capacity);
    if (capacity.trim() === "" || !Number.isInteger(n) || n < 0 || n > 50) {
      setError("Enter a whole number from 0 to 50.");
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      await ok(api.me.enrollments[":programId"].$patch({ param: { programId: e.programId }, json: { capacity: n } }));
      await onChanged();
      setStatus({
        text: `Saved: you can mentor ${plural(n, "person", "people")} in ${e.program.name}.`,
        tone: "success",
      });
    } catch (err) {
      if (fieldsOf(err).capacity) setError(fieldsOf(err).capacity!);
      setStatus({ text: messageOf(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  const togglePause = async () => {
    setBusy(true);
    try {
      const param = { programId: e.programId };
      if (e.pausedAt) await ok(api.me.enrollments[":programId"].resume.$post({ param }));
      else await ok(api.me.enrollments[":programId"].pause.$post({ param }));
      await onChanged();
      setStatus({
        text: e.pausedAt
          ? `You are taking new ${newOnes} in ${e.program.name} again.`
          : `New ${newOnes} in ${e.program.name} are paused. Your current mentorships carry on.`,
        tone: "success",
      });
    } catch (err) {
      setStatus({ text: messageOf(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="availability">
      <h4>As a mentor</h4>
      {e.pausedBecause === "lapsed" && (
        <p class="notice">Two requests went unanswered, so we paused new requests. Resume when you have time.</p>
      )}
      <form class="seats" onSubmit={save} noValidate>
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
