/**
 * A mentor's availability in one program, on their dashboard: how many mentees they can take,
 * pausing or resuming new requests, and the requests waiting for their answer.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import type { Me } from "../../lib/session";
import { Status } from "../../lib/Field";
import { useAction, useFormSave } from "../../lib/form";
import { useT } from "./i18n";
import { UNSEEN, Unseen } from "./words";

type Enrollment = Me["enrollments"][number];

export function MentorAvailability(props: { e: Enrollment; waiting: number; onChanged: () => Promise<void> }) {
  const { t } = useT();
  const { e, waiting, onChanged } = props;
  const [capacity, setCapacity] = useState(String(e.capacity ?? e.program.defaultCapacity));
  const id = `seats-${e.programId}`;
  const choosing = e.program.matchMode !== "admin";
  // Which new ones a pause holds back, for the messages' select.
  const kind = choosing ? "requests" : "mentees";
  const program = e.program.name;
  const param = { programId: e.programId };
  const seats = useFormSave(
    async (n: number) => {
      await ok(api.me.enrollments[":programId"].$patch({ param, json: { capacity: n } }));
      await onChanged();
      return n;
    },
    { saved: (n) => t("matching.availability.saved", { count: n, program }) },
  );
  const pause = useAction(async (paused: boolean) => {
    const enrollment = api.me.enrollments[":programId"];
    await ok(paused ? enrollment.resume.$post({ param }) : enrollment.pause.$post({ param }));
    await onChanged();
    return paused
      ? t("matching.availability.resumed", { kind, program })
      : t("matching.availability.paused", { kind, program });
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
    await seats.submit(n, wrong ? { capacity: t("matching.availability.checkCapacity") } : {});
  };

  const togglePause = async () => {
    setLast("pause");
    await pause.run(!!e.pausedAt);
  };

  return (
    <div class="availability">
      <h4>{t("matching.availability.title")}</h4>
      {e.pausedBecause === "lapsed" && <p class="notice">{t("matching.availability.lapsed")}</p>}
      <form ref={seats.formRef} class="seats" onSubmit={save} noValidate>
        <label for={id}>
          <Unseen
            text={t("matching.availability.capacity", { where: UNSEEN })}
            hidden={` ${t("matching.inProgram", { program })}`}
          />
        </label>
        <p class="hint" id={`${id}-hint`}>
          {t("matching.availability.capacityHint", { count: e.program.defaultCapacity })}
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
            {t("matching.availability.save")}
            <span class="sr-only"> {t("matching.availability.saveWhat", { program })}</span>
          </button>
        </div>
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </form>
      <p>
        {e.pausedAt ? t("matching.availability.notTaking", { kind }) : t("matching.availability.taking", { kind })}{" "}
        <button type="button" class="secondary" onClick={togglePause} disabled={busy}>
          {e.pausedAt ? t("matching.availability.resume", { kind }) : t("matching.availability.pause", { kind })}
          <span class="sr-only"> {t("matching.inProgram", { program })}</span>
        </button>
      </p>
      {choosing && (
        <p>
          <a href="/requests">
            {t("matching.availability.toAnswer", { count: waiting })}
            <span class="sr-only"> {t("matching.inProgram", { program })}</span>
          </a>
        </p>
      )}
      <Status tone={status?.tone} message={status?.text} />
    </div>
  );
}
