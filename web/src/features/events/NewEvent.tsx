/** Creating a speed-mentoring or peer event: when, how the rounds run, and who co-hosts. */
import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, ok, type FieldErrors } from "../../lib/api";
import { Field, Status, focusFirstError } from "../../lib/Field";
import { TimeZoneField } from "../profile/ProfileFields";
import { useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { browserTimeZone } from "../../lib/timezones";
import { splitList } from "../../lib/text";
import { zoneOffset } from "../../lib/dates";
import { useT } from "./i18n";

export default function NewEvent() {
  return <RequireSignIn>{() => <EventForm />}</RequireSignIn>;
}

/** "2027-03-04T09:00" on the wall clock of `tz` → the ISO instant; null if not a date and time. */
export function zonedToIso(local: string, tz: string): string | null {
  const wall = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(wall)) return null;
  let t = wall - zoneOffset(wall, tz);
  t = wall - zoneOffset(t, tz); // once more, for instants near a daylight-saving change
  return new Date(t).toISOString();
}

type EventJson = Parameters<typeof api.events.$post>[0]["json"];
const num = (v: string) => (v.trim() === "" ? NaN : Number(v));

function EventForm() {
  const { route } = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({
    title: "",
    description: "",
    mode: "mentoring" as "mentoring" | "peer",
    date: "",
    timezone: browserTimeZone(),
    place: "",
    videoUrl: "",
    roundMinutes: "7",
    breakMinutes: "2",
    rounds: "",
    tables: "5",
    menteesPerTable: "1",
    hostEmails: "",
  });
  const creating = useApiChange((json: EventJson) => ok(api.events.$post({ json })));
  const { busy } = creating;
  const { t } = useT();
  // What the form itself finds missing, before asking the API.
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const errors = local ?? creating.fields;
  const message = local ? t("events.new.attention") : creating.error;
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const startsAt = zonedToIso(form.date, form.timezone);
    const missing: FieldErrors = {};
    if (!form.title.trim()) missing.title = t("events.new.check.title");
    if (!startsAt) missing.startsAt = t("events.new.check.startsAt");
    setLocal(Object.keys(missing).length ? missing : null);
    if (Object.keys(missing).length) return focusFirstError(formRef.current);
    const created = await creating.run({
      title: form.title,
      description: form.description,
      mode: form.mode,
      startsAt: startsAt!,
      timezone: form.timezone,
      place: form.place,
      videoUrl: form.videoUrl.trim() || null,
      roundMinutes: num(form.roundMinutes),
      breakMinutes: num(form.breakMinutes),
      rounds: form.rounds.trim() ? num(form.rounds) : null,
      tables: num(form.tables),
      menteesPerTable: num(form.menteesPerTable),
      hostEmails: splitList(form.hostEmails),
    });
    if (created) route(`/host/events/${created.id}`);
    else focusFirstError(formRef.current);
  };

  const text = (k: keyof typeof form, label: string, opts: { type?: string; hint?: string; min?: number } = {}) => (
    <Field id={`ev-${k}`} label={label} hint={opts.hint} error={errors[k === "date" ? "startsAt" : k]}>
      {(a) => (
        <input
          {...a}
          type={opts.type ?? "text"}
          min={opts.min}
          inputMode={opts.type === "number" ? "numeric" : undefined}
          value={form[k]}
          onInput={set(k)}
        />
      )}
    </Field>
  );

  return (
    <section class="narrow">
      <h1>{t("events.list.new")}</h1>
      <form ref={formRef} onSubmit={submit} noValidate>
        {text("title", t("events.new.title"))}
        <Field id="ev-description" label={t("events.new.description")} error={errors.description}>
          {(a) => <textarea {...a} rows={3} value={form.description} onInput={set("description")} />}
        </Field>
        <div class="row">
          {text("date", t("events.new.startsAt"), { type: "datetime-local" })}
          <TimeZoneField value={form.timezone} onChange={set("timezone")} error={errors.timezone} />
        </div>
        {text("place", t("events.new.place"), { hint: t("events.new.placeHint") })}
        {text("videoUrl", t("events.new.videoUrl"), { type: "url" })}
        <div class="row">
          {text("roundMinutes", t("events.new.roundMinutes"), { type: "number", min: 1 })}
          {text("breakMinutes", t("events.new.breakMinutes"), { type: "number", min: 0 })}
        </div>
        <fieldset>
          <legend>{t("events.new.format")}</legend>
          {(
            [
              ["mentoring", t("events.new.mentoring"), t("events.new.mentoringHint")],
              ["peer", t("events.new.peer"), t("events.new.peerHint")],
            ] as const
          ).map(([value, label, hint]) => (
            <div class="choice" key={value}>
              <input
                type="radio"
                id={`ev-mode-${value}`}
                name="mode"
                value={value}
                checked={form.mode === value}
                onChange={set("mode")}
                aria-describedby={`ev-mode-${value}-hint`}
              />
              <label for={`ev-mode-${value}`}>{label}</label>
              <span class="hint" id={`ev-mode-${value}-hint`}>
                {hint}
              </span>
            </div>
          ))}
        </fieldset>
        <div class="row">
          {form.mode === "peer"
            ? text("tables", t("events.new.tablesForTwo"), { type: "number", min: 1 })
            : text("tables", t("events.new.tables"), { type: "number", min: 1 })}
          {form.mode === "mentoring" && (
            <Field id="ev-menteesPerTable" label={t("events.new.menteesPerTable")} error={errors.menteesPerTable}>
              {(a) => (
                <select {...a} value={form.menteesPerTable} onChange={set("menteesPerTable")}>
                  <option value="1">1</option>
                  <option value="2">2</option>
                  <option value="3">3</option>
                </select>
              )}
            </Field>
          )}
        </div>
        {text("rounds", t("events.new.rounds"), {
          type: "number",
          min: 1,
          hint: form.mode === "peer" ? t("events.new.roundsHintPeer") : t("events.new.roundsHint"),
        })}
        {text("hostEmails", t("events.new.hosts"), { hint: t("events.new.hostsHint") })}
        <Status message={message} tone="error" />
        <button type="submit" disabled={busy}>
          {busy ? t("events.new.busy") : t("events.new.submit")}
        </button>
      </form>
    </section>
  );
}
