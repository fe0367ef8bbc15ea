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
  // What the form itself finds missing, before asking the API.
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const errors = local ?? creating.fields;
  const message = local ? "Some fields need attention." : creating.error;
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const startsAt = zonedToIso(form.date, form.timezone);
    const missing: FieldErrors = {};
    if (!form.title.trim()) missing.title = "Give the event a title.";
    if (!startsAt) missing.startsAt = "Choose the date and time it starts.";
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
      <h1>New event</h1>
      <form ref={formRef} onSubmit={submit} noValidate>
        {text("title", "Title")}
        <Field id="ev-description" label="Description (optional)" error={errors.description}>
          {(a) => <textarea {...a} rows={3} value={form.description} onInput={set("description")} />}
        </Field>
        <div class="row">
          {text("date", "Starts at", { type: "datetime-local" })}
          <TimeZoneField value={form.timezone} onChange={set("timezone")} error={errors.timezone} />
        </div>
        {text("place", "Place (optional)", { hint: "A room, a floor, an address" })}
        {text("videoUrl", "Video call link (optional)", { type: "url" })}
        <div class="row">
          {text("roundMinutes", "Minutes per round", { type: "number", min: 1 })}
          {text("breakMinutes", "Minutes between rounds", { type: "number", min: 0 })}
        </div>
        <fieldset>
          <legend>Format</legend>
          {(
            [
              ["mentoring", "Speed mentoring", "Mentors keep a table; mentees move on every round."],
              ["peer", "Peer", "No roles: pairs change every round until everyone has met everyone."],
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
            ? text("tables", "Tables for two", { type: "number", min: 1 })
            : text("tables", "Tables", { type: "number", min: 1 })}
          {form.mode === "mentoring" && (
            <Field id="ev-menteesPerTable" label="Mentees per table" error={errors.menteesPerTable}>
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
        {text("rounds", "Rounds (optional)", {
          type: "number",
          min: 1,
          hint:
            form.mode === "peer"
              ? "Leave empty for as many rounds as it takes for everyone to meet everyone"
              : "Leave empty for as many rounds as give everyone a new partner",
        })}
        {text("hostEmails", "Co-hosts (optional)", { hint: "Work emails, separated by commas" })}
        <Status message={message} tone="error" />
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create event"}
        </button>
      </form>
    </section>
  );
}
