/** Admins set the organisation's name, logo and accent colour once; the header and every mail show them. */
import { useEffect, useState } from "preact/hooks";
import { LOGO_TYPES, MAX_LOGO_BYTES } from "../../../../workers/domain/branding";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { Field, Submit, focusFirstError, outcome } from "../../lib/Field";
import { ORGANISATION_KEY, useOrganisation } from "../../lib/organisation";
import { useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

type Form = { name: string; logo: string | null; accent: string };

export default function OrganisationSettings() {
  const { t } = useT();
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <Settings /> : <Alert message={t("organisation.adminsOnly")} />)}
    </RequireSignIn>
  );
}

/** The accent the page shows now, for the colour picker to start from. */
const currentAccent = () => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim();

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

function Settings() {
  const org = useOrganisation();
  const [form, setForm] = useState<Form | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { t } = useT();
  const kb = MAX_LOGO_BYTES / 1024;
  const save = useApiChange(
    (json: { name: string; logo: string | null; accent: string | null }) => ok(api.organisation.$put({ json })),
    [ORGANISATION_KEY],
  );
  useEffect(() => {
    if (org && !form) setForm({ name: org.name ?? "", logo: org.logo, accent: org.accent ?? "" });
  }, [org]);
  if (!form) return <Skeleton label={t("organisation.loading")} lines={6} />;
  const set = (change: Partial<Form>) => {
    setSaved(false);
    setForm({ ...form, ...change });
  };
  const pickLogo = async (file: File | undefined) => {
    setLogoError(null);
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setLogoError(t("organisation.logo.type"));
    if (file.size > MAX_LOGO_BYTES) return setLogoError(t("organisation.logo.size", { kb }));
    set({ logo: await readAsDataUrl(file) });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { name: form.name, logo: form.logo, accent: form.accent.trim() || null };
    if (await save.run(body)) setSaved(true);
    else focusFirstError(e.currentTarget as HTMLFormElement);
  };
  return (
    <section class="narrow">
      <h1>{t("organisation.title")}</h1>
      <p class="lead">{t("organisation.lead")}</p>
      <form onSubmit={submit} noValidate>
        <Field id="org-name" label={t("organisation.name")} error={save.fields.name}>
          {(a) => (
            <input {...a} value={form.name} maxLength={80} onInput={(e) => set({ name: e.currentTarget.value })} />
          )}
        </Field>
        <Field
          id="org-logo"
          label={t("organisation.logo")}
          hint={t("organisation.logo.hint", { kb })}
          error={logoError ?? save.fields.logo}
        >
          {(a) => (
            <input
              {...a}
              type="file"
              accept={LOGO_TYPES.join(",")}
              onChange={(e) => pickLogo(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
        {form.logo && (
          <p class="logo-preview">
            <img src={form.logo} alt={t("organisation.logo.preview")} />
            <button type="button" class="quiet" onClick={() => set({ logo: null })}>
              {t("organisation.logo.remove")}
            </button>
          </p>
        )}
        <Field
          id="org-accent"
          label={t("organisation.accent")}
          hint={t("organisation.accent.hint")}
          error={save.fields.accent}
        >
          {(a) => (
            <div class="colour-pick">
              <input
                {...a}
                value={form.accent}
                placeholder="#rrggbb"
                onInput={(e) => set({ accent: e.currentTarget.value })}
              />
              <input
                type="color"
                aria-label={t("organisation.accent.pick")}
                value={/^#[0-9a-f]{6}$/i.test(form.accent) ? form.accent : currentAccent()}
                onInput={(e) => set({ accent: e.currentTarget.value })}
              />
            </div>
          )}
        </Field>
        <Submit
          change={{ busy: save.busy, result: outcome(save.error, saved ? t("organisation.saved") : null) }}
          label={t("organisation.save")}
          busyLabel={t("organisation.saving")}
        />
      </form>
      <p>
        {t("organisation.sso")} <a href="/admin/provisioning">{t("organisation.scim")}</a>.
      </p>
    </section>
  );
}
