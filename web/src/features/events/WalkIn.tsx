/** Adding someone who comes without registering; they are checked in at once. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, outcome, SelectField, Status } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { splitList } from "../../lib/text";
import type { Registration } from "./HostEvent";
import { InterestsField } from "./InterestsField";
import { useT } from "./i18n";

type Json = Parameters<(typeof api.events)[":id"]["checkin"]["$post"]>[0]["json"];
const EMPTY = { name: "", email: "", role: "mentee" as "mentor" | "mentee", interests: "" };

export function WalkIn(props: { eventId: string; peer: boolean; onChange: (r: Registration) => void }) {
  const { eventId, peer, onChange } = props;
  const [form, setForm] = useState(EMPTY);
  const checkin = useApiChange((json: Json) => ok(api.events[":id"].checkin.$post({ param: { id: eventId }, json })));
  const { fields: errors, busy } = checkin;
  const [checkedIn, setCheckedIn] = useState<string | null>(null);
  const { t } = useT();
  const message = outcome(checkin.error, checkedIn && t("events.walkIn.done", { name: checkedIn }));
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setCheckedIn(null);
    const role = peer ? ("peer" as const) : form.role;
    const next = await checkin.run({ name: form.name, email: form.email, role, interests: splitList(form.interests) });
    if (!next) return;
    onChange(next.registration);
    setCheckedIn(form.name);
    setForm(EMPTY);
  };

  return (
    <details class="card">
      <summary>{t("events.walkIn.title")}</summary>
      <form onSubmit={submit} noValidate>
        <div class="row">
          <Field id="walkin-name" label={t("events.walkIn.name")} error={errors.name}>
            {(a) => <input {...a} value={form.name} onInput={set("name")} autoComplete="off" />}
          </Field>
          <Field id="walkin-email" label={t("events.signUp.email")} error={errors.email}>
            {(a) => <input {...a} type="email" value={form.email} onInput={set("email")} autoComplete="off" />}
          </Field>
        </div>
        <div class="row">
          {!peer && (
            <SelectField
              id="walkin-role"
              label={t("events.walkIn.role")}
              error={errors.role}
              value={form.role}
              options={[
                ["mentee", t("events.role.mentee")],
                ["mentor", t("events.role.mentor")],
              ]}
              onChange={(role) => setForm({ ...form, role })}
            />
          )}
          <InterestsField
            id="walkin-interests"
            atTheDoor
            error={errors.interests}
            value={form.interests}
            onInput={(interests) => setForm({ ...form, interests })}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t("events.walkIn.submit")}
        </button>
        <Status message={message?.text} tone={message?.tone} />
      </form>
    </details>
  );
}
