/** The pair's meetings: upcoming ones to move or cancel, past ones to note, and a form for the next. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field, NumberField, SelectField, Submit, type NumberSpec } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { formatDateTime } from "../../lib/dates";
import type { Mentorship } from "./myMentorships";
import { useAskFirst } from "../../lib/confirm";
import { useApi, useApiChange } from "../../lib/query";
import { useHashTarget } from "../../lib/focus";
import { isWebLink } from "../../lib/text";
import { PairPanel } from "./PairPanel";
import { EmptyState } from "../../lib/EmptyState";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

type Meeting = Awaited<ReturnType<typeof load>>["items"][number];
const load = (id: string) => ok(api.mentorships[":id"].meetings.$get({ param: { id } }));
/** A `datetime-local` value (the browser's time) as an ISO instant. */
const isoOf = (local: string) => (local ? new Date(local).toISOString() : "");

export function Meetings({ m }: { m: Mentorship }) {
  const { t } = useT();
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
    <PairPanel id="meetings" title={t("mentorships.meetings.title")} query={{ data: items, error }} done={status}>
      {!items ? null : items.length === 0 ? (
        <EmptyState title={t("mentorships.meetings.emptyTitle")}>{t("mentorships.meetings.emptyText")}</EmptyState>
      ) : (
        <>
          {upcoming.length > 0 && <h3>{t("mentorships.meetings.upcoming")}</h3>}
          <ul class="cards">
            {upcoming.map((x) => (
              <MeetingCard key={x.id} meeting={x} onChanged={done} />
            ))}
          </ul>
          {past.length > 0 && <h3>{t("mentorships.meetings.past")}</h3>}
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
        <p>{t("mentorships.meetings.onlyActive")}</p>
      )}
    </PairPanel>
  );
}

function MeetingCard({ meeting: x, onChanged }: { meeting: Meeting; onChanged: (text: string) => void }) {
  const { t } = useT();
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState("");
  const [notes, setNotes] = useState(x.notes);
  const acting = useApiChange((fn: () => Promise<unknown>) => fn());
  const error = acting.error;
  const act = async (fn: () => Promise<unknown>, text: string) => {
    if ((await acting.run(fn)) !== null) onChanged(text);
  };
  const param = { id: x.id };
  const cancel = useAskFirst(
    () => act(() => ok(api.meetings[":id"].cancel.$post({ param })), t("mentorships.meeting.cancelled")),
    {
      title: t("mentorships.meeting.cancelTitle"),
      message: t("mentorships.meeting.cancelText"),
      confirmLabel: t("mentorships.meeting.cancelConfirm"),
      danger: true,
      cancelLabel: t("mentorships.meeting.cancelKeep"),
    },
  );
  const upcoming = x.startsAt > Date.now();
  const label = t("mentorships.meeting.label", { kind: x.kind, when: formatDateTime(x.startsAt) });
  const what = t("mentorships.meeting.what", { kind: x.kind, when: formatDateTime(x.startsAt) });
  return (
    <li class="card" id={`meeting-${x.id}`}>
      {cancel.dialog}
      <h4>
        {label} {x.cancelled && <Tag tone="danger">{t("mentorships.meeting.cancelledTag")}</Tag>}
      </h4>
      <p>
        {t("mentorships.meeting.minutes", { count: x.minutes })}
        {x.place && ` · ${x.place}`}
        {isWebLink(x.videoUrl) && (
          <>
            {" · "}
            <a href={x.videoUrl}>{t("mentorships.meeting.video")}</a>
          </>
        )}
      </p>
      {x.agenda && <p>{t("mentorships.meeting.agenda", { agenda: x.agenda })}</p>}
      {!x.cancelled && (
        <p>
          <a href={x.calendarUrl}>{t("mentorships.meeting.calendar")}</a>
        </p>
      )}
      {upcoming && !x.cancelled && (
        <div class="ev-controls">
          <button type="button" class="secondary" onClick={() => setMoving(!moving)} aria-expanded={moving}>
            {t("mentorships.meeting.move")}
            <span class="sr-only"> {what}</span>
          </button>
          <button type="button" class="secondary" onClick={cancel.run}>
            {t("mentorships.meeting.cancel")}
            <span class="sr-only"> {what}</span>
          </button>
        </div>
      )}
      {moving && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () => ok(api.meetings[":id"].$patch({ param, json: { startsAt: isoOf(when) } })),
              t("mentorships.meeting.moved"),
            );
          }}
        >
          <Field id={`move-${x.id}`} label={t("mentorships.meeting.newWhen")}>
            {(a) => <input {...a} type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
          </Field>
          <button type="submit">{t("mentorships.meeting.moveIt")}</button>
        </form>
      )}
      {!upcoming && !x.cancelled && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () => ok(api.meetings[":id"].notes.$put({ param, json: { notes } })),
              t("mentorships.meeting.notesSaved"),
            );
          }}
        >
          <Field id={`notes-${x.id}`} label={t("mentorships.meeting.notes")} hint={t("mentorships.meeting.notesHint")}>
            {(a) => <textarea {...a} rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />}
          </Field>
          <button type="submit" class="secondary">
            {t("mentorships.meeting.saveNotes")}
          </button>
        </form>
      )}
      <Alert message={error} />
    </li>
  );
}

type MeetingBody = Parameters<(typeof api.mentorships)[":id"]["meetings"]["$post"]>[0]["json"];

const EMPTY = {
  when: "",
  minutes: "45",
  place: "",
  videoUrl: "",
  agenda: "",
  kind: "meeting" as "meeting" | "shadowing",
};

function ScheduleForm({ mentorshipId, onDone }: { mentorshipId: string; onDone: (text: string) => void }) {
  const { t } = useT();
  const minutes: NumberSpec = { id: "mt-minutes", label: t("mentorships.schedule.minutes"), range: [10, 480] };
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
    if (!(await save.submit(json, form.when ? {} : { startsAt: t("mentorships.schedule.needWhen") }))) return;
    setForm(EMPTY);
    onDone(t("mentorships.schedule.done"));
  };
  return (
    <form ref={ref} onSubmit={submit} noValidate class="card" aria-labelledby="schedule-h">
      <h3 id="schedule-h">{t("mentorships.schedule.title")}</h3>
      <SelectField
        id="mt-kind"
        label={t("mentorships.schedule.kind")}
        value={form.kind}
        options={[
          ["meeting", t("mentorships.schedule.meeting")],
          ["shadowing", t("mentorships.schedule.shadowing")],
        ]}
        onChange={(kind) => setForm({ ...form, kind })}
      />
      <div class="row">
        <Field id="mt-when" label={t("mentorships.schedule.when")} error={errors.startsAt}>
          {(a) => <input {...a} type="datetime-local" value={form.when} onInput={set("when")} />}
        </Field>
        <NumberField
          {...minutes}
          error={errors.minutes}
          value={form.minutes}
          onInput={(minutes) => setForm({ ...form, minutes })}
        />
      </div>
      <Field id="mt-place" label={t("mentorships.schedule.place")} error={errors.place}>
        {(a) => <input {...a} value={form.place} onInput={set("place")} />}
      </Field>
      <Field id="mt-video" label={t("mentorships.schedule.video")} error={errors.videoUrl}>
        {(a) => <input {...a} type="url" value={form.videoUrl} onInput={set("videoUrl")} />}
      </Field>
      <Field id="mt-agenda" label={t("mentorships.schedule.agenda")} error={errors.agenda}>
        {(a) => <textarea {...a} rows={2} value={form.agenda} onInput={set("agenda")} />}
      </Field>
      <Submit change={save} label={t("mentorships.schedule.submit")} busyLabel={t("mentorships.schedule.busy")} />
    </form>
  );
}
