/**
 * Registering for an event through its link without being signed in: name, email and role, then a
 * mailed link whose page confirms, registers and signs the person in (as a program's link does).
 */
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field, Submit } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { rememberReturn } from "../../lib/returnTo";
import { useSession } from "../../lib/session";
import { splitList } from "../../lib/text";
import { InterestsField } from "./InterestsField";
import { RoleChoice } from "./RoleChoice";
import { useT } from "./i18n";
import { SLOT, aroundSlot } from "./slot";

type Props = { id: string; joinKey: string; peer: boolean };

export function SignUpForm({ id, joinKey, peer }: Props) {
  const [form, setForm] = useState({ name: "", email: "", interests: "" });
  const [role, setRole] = useState<"mentor" | "mentee">("mentee");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { t } = useT();
  const signUp = useApiChange(() =>
    ok(
      api.events[":id"]["sign-up"].$post({
        param: { id },
        json: {
          key: joinKey,
          name: form.name,
          email: form.email.trim(),
          ...(peer ? {} : { role }),
          interests: splitList(form.interests),
        },
      }),
    ),
  );
  const fields = signUp.fields ?? {};
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await signUp.run(undefined)) setSentTo(form.email.trim());
  };
  if (sentTo) {
    const [before, after] = aroundSlot(t("events.signUp.sent", { email: SLOT }));
    return (
      <div class="card" role="status">
        <h2>{t("events.signUp.checkEmail")}</h2>
        <p>
          {before}
          <strong>{sentTo}</strong>
          {after}
        </p>
      </div>
    );
  }
  const [already, instead] = aroundSlot(t("events.signUp.already", { signIn: SLOT }));
  return (
    <form onSubmit={submit} class="card ev-signup" aria-labelledby="ev-register-h" noValidate>
      <h2 id="ev-register-h">{t("events.register.title")}</h2>
      <Field id="ev-name" label={t("events.signUp.name")} error={fields.name}>
        {(a) => <input {...a} value={form.name} onInput={set("name")} autoComplete="name" required />}
      </Field>
      <Field id="ev-email" label={t("events.signUp.email")} error={fields.email}>
        {(a) => <input {...a} type="email" value={form.email} onInput={set("email")} autoComplete="email" required />}
      </Field>
      {!peer && <RoleChoice role={role} onChange={setRole} error={fields.role} />}
      <InterestsField
        id="ev-interests"
        error={fields.interests}
        value={form.interests}
        onInput={(interests) => setForm({ ...form, interests })}
      />
      <Submit change={signUp} label={t("events.register.submit")} busyLabel={t("events.register.busy")} />
      <p class="hint">
        {already}
        <a href="/signin" onClick={() => rememberReturn(location.pathname + location.search)}>
          {t("events.signUp.signIn")}
        </a>
        {instead}
      </p>
    </form>
  );
}

/** The page the mailed link opens: one button confirms (so a mail scanner opening the link cannot). */
export function ConfirmSignUp({ id, joinKey, token }: Props & { token: string }) {
  const { route } = useLocation();
  const { refresh } = useSession();
  const confirm = useApiChange(() =>
    ok(api.events[":id"]["sign-up"].confirm.$post({ param: { id }, json: { token } })),
  );
  const [usedBefore, setUsedBefore] = useState(false);
  const { t } = useT();
  const run = async () => {
    const done = await confirm.run(undefined);
    if (!done) return;
    if (!done.signedIn) return setUsedBefore(true);
    await refresh();
    route(`/events/${id}?key=${encodeURIComponent(joinKey)}`, true);
  };
  if (usedBefore) {
    const [before, after] = aroundSlot(t("events.confirm.usedBefore", { signIn: SLOT }));
    return (
      <p class="card status success" role="status">
        {before}
        <a href="/signin" onClick={() => rememberReturn(`/events/${id}?key=${encodeURIComponent(joinKey)}`)}>
          {t("events.confirm.signIn")}
        </a>
        {after}
      </p>
    );
  }
  return (
    <div class="card">
      <h2>{t("events.confirm.title")}</h2>
      <p>{t("events.confirm.text")}</p>
      <button type="button" disabled={confirm.busy} onClick={run}>
        {confirm.busy ? t("events.confirm.busy") : t("events.confirm.submit")}
      </button>
      <Alert message={confirm.error} />
    </div>
  );
}
