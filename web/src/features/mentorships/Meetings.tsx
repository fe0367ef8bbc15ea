/** The pair's meetings: upcoming ones to move or cancel, past ones to note, and a form for the next. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field, NumberField, Submit, type NumberSpec } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { formatDateTime } from "../../lib/dates";
import type { Mentorship } from "./myMentorships";
import { useConfirm } from "../../lib/confirm";
import { useApi, useApiChange } from "../../lib/query";
import { useHashTarget } from "../../lib/focus";
import { isWebLink } from "../../lib/text";
import { PairPanel } from "./PairPanel";
import { EmptyState } from "../../lib/EmptyState";

type Meeting = Awaited<ReturnType<typeof load>>["items"][number];
const load = (id: string) => ok(api.mentorships[":id"].meetings.$get({ param: { id } }));
/** A `datetime-local` value (the browser's time) as an ISO instant. */
const isoOf = (local: string) => (local ? new Date(local).toISOString() : "");

export function Meetings({ m }: { m: Mentorship }) {
  const { data, error, reload } = useApi(["mentorships", m.id, "meetings"], () => load(m.id));
  useHashTarget(!!data);
  const items: Meeting[] | null = data?.items ?? null;
  const [status, setStatus] = useState<string | null>(null);
  const done = (text: string) => {
    setStatus(text);
    void reload();
  };
  const now = Date.now();
  const upcoming = (items ?? []).filter((x) => x.startsAt > now);
  const past = (items ?? []).filter((x) => x.startsAt <= now).reverse();
  return (
    <PairPanel id="meetings" title="Meetings" query={{ data: items, error }} done={status}>
      {!items ? null : items.length === 0 ? (
        <EmptyState title="No meetings yet">Propose the first one below; your partner gets an invitation.</EmptyState>
      ) : (
        <>
          {upcoming.length > 0 && <h3>Coming up</h3>}
          <ul class="cards">
            {upcoming.map((x) => (
              <MeetingCard key={x.id} meeting={x} onChanged={done} />
            ))}
          </ul>
          {past.length > 0 && <h3>Past</h3>}
          <ul class="cards">
            {past.map((x) => (
              <MeetingCard key={x.id} meeting={x} onChanged={done} />
            ))}
          </ul>
        </>
      )}
      {m.status === "active" ? (
        <ScheduleForm mentorshipId={m.id} onDone={done} />
      ) : (
        <p>Meetings are scheduled while a mentorship is active.</p>
      )}
    </PairPanel>
  );
}

function MeetingCard({ meeting: x, onChanged }: { meeting: Meeting; onChanged: (text: string) => void }) {
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState("");
  const [notes, setNotes] = useState(x.notes);
  const acting = useApiChange((fn: () => Promise<unknown>) => fn());
  const error = acting.error;
  const act = async (fn: () => Promise<unknown>, text: string) => {
    if ((await acting.run(fn)) !== null) onChanged(text);
  };
  const param = { id: x.id };
  const { ask, dialog } = useConfirm();
  const cancel = async () => {
    const yes = await ask({
      title: "Cancel this meeting?",
      message: "Your partner gets an email.",
      confirmLabel: "Cancel the meeting",
      danger: true,
      cancelLabel: "Keep it",
    });
    if (yes) await act(() => ok(api.meetings[":id"].cancel.$post({ param })), "The meeting is cancelled.");
  };
  const upcoming = x.startsAt > Date.now();
  const label = `${x.kind === "shadowing" ? "Job shadowing" : "Meeting"}, ${formatDateTime(x.startsAt)}`;
  return (
    <li class="card" id={`meeting-${x.id}`}>
      {dialog}
      <h4>
        {label}{" "}
        {x.cancelled && (
          <span class="tag" data-tone="danger">
            cancelled
          </span>
        )}
      </h4>
      <p>
        {x.minutes} minutes{x.place && ` · ${x.place}`}
        {isWebLink(x.videoUrl) && (
          <>
            {" · "}
            <a href={x.videoUrl}>Video call</a>
          </>
        )}
      </p>
      {x.agenda && <p>Agenda: {x.agenda}</p>}
      {!x.cancelled && (
        <p>
          <a href={x.calendarUrl}>Add to calendar</a>
        </p>
      )}
      {upcoming && !x.cancelled && (
        <div class="ev-controls">
          <button type="button" class="secondary" onClick={() => setMoving(!moving)} aria-expanded={moving}>
            Move<span class="sr-only"> the {label.toLowerCase()}</span>
          </button>
          <button type="button" class="secondary" onClick={cancel}>
            Cancel<span class="sr-only"> the {label.toLowerCase()}</span>
          </button>
        </div>
      )}
      {moving && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => ok(api.meetings[":id"].$patch({ param, json: { startsAt: isoOf(when) } })), "Moved.");
          }}
        >
          <Field id={`move-${x.id}`} label="New date and time">
            {(a) => <input {...a} type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
          </Field>
          <button type="submit">Move it</button>
        </form>
      )}
      {!upcoming && !x.cancelled && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => ok(api.meetings[":id"].notes.$put({ param, json: { notes } })), "Notes saved.");
          }}
        >
          <Field id={`notes-${x.id}`} label="Notes" hint="What you talked about, what comes next">
            {(a) => <textarea {...a} rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />}
          </Field>
          <button type="submit" class="secondary">
            Save notes
          </button>
        </form>
      )}
      <Alert message={error} />
    </li>
  );
}

type MeetingBody = Parameters<(typeof api.mentorships)[":id"]["meetings"]["$post"]>[0]["json"];

const MINUTES: NumberSpec = { id: "mt-minutes", label: "Minutes", range: [10, 480] };

const EMPTY = {
  when: "",
  minutes: "45",
  place: "",
  videoUrl: "",
  agenda: "",
  kind: "meeting" as "meeting" | "shadowing",
};

function ScheduleForm({ mentorshipId, onDone }: { mentorshipId: string; onDone: (text: string) => void }) {
  const [form, setForm] = useState(EMPTY);
  const save = useFormSave((json: MeetingBody) =>
    ok(api.mentorships[":id"].meetings.$post({ param: { id: mentorshipId }, json })),
  );
  const { errors, formRef: ref } = save;
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const json = {
      startsAt: form.when ? isoOf(form.when) : "",
      minutes: Number(form.minutes),
      place: form.place,
      videoUrl: form.videoUrl.trim() || null,
      agenda: form.agenda,
      kind: form.kind,
    };
    if (!(await save.submit(json, form.when ? {} : { startsAt: "Choose when it starts." }))) return;
    setForm(EMPTY);
    onDone("Scheduled: your partner gets an invite by email.");
  };
  return (
    <form ref={ref} onSubmit={submit} noValidate class="card" aria-labelledby="schedule-h">
      <h3 id="schedule-h">Schedule a meeting</h3>
      <Field id="mt-kind" label="Kind">
        {(a) => (
          <select {...a} value={form.kind} onChange={set("kind")}>
            <option value="meeting">Meeting</option>
            <option value="shadowing">Job-shadowing session</option>
          </select>
        )}
      </Field>
      <div class="row">
        <Field id="mt-when" label="Date and time" error={errors.startsAt}>
          {(a) => <input {...a} type="datetime-local" value={form.when} onInput={set("when")} />}
        </Field>
        <NumberField
          {...MINUTES}
          error={errors.minutes}
          value={form.minutes}
          onInput={(minutes) => setForm({ ...form, minutes })}
        />
      </div>
      <Field id="mt-place" label="Place (optional)" error={errors.place}>
        {(a) => <input {...a} value={form.place} onInput={set("place")} />}
      </Field>
      <Field id="mt-video" label="Video call link (optional)" error={errors.videoUrl}>
        {(a) => <input {...a} type="url" value={form.videoUrl} onInput={set("videoUrl")} />}
      </Field>
      <Field id="mt-agenda" label="Agenda (optional)" error={errors.agenda}>
        {(a) => <textarea {...a} rows={2} value={form.agenda} onInput={set("agenda")} />}
      </Field>
      <Submit busy={save.busy} label="Schedule" busyLabel="Scheduling…" result={save.result} />
    </form>
  );
}
