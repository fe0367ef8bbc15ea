/** Admins set the organisation's name, logo and accent colour once; the header and every mail show them. */
import { useEffect, useState } from "preact/hooks";
import { LOGO_TYPES, MAX_LOGO_BYTES } from "../../../../workers/domain/branding";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { Field, Submit, focusFirstError } from "../../lib/Field";
import { ORGANISATION_KEY, useOrganisation } from "../../lib/organisation";
import { useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";

type Form = { name: string; logo: string | null; accent: string };

export default function OrganisationSettings() {
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <Settings /> : <Alert message="Only admins change the organisation's settings." />)}
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
  const save = useApiChange(
    (json: { name: string; logo: string | null; accent: string | null }) => ok(api.organisation.$put({ json })),
    [ORGANISATION_KEY],
  );
  useEffect(() => {
    if (org && !form) setForm({ name: org.name ?? "", logo: org.logo, accent: org.accent ?? "" });
  }, [org]);
  if (!form) return <Skeleton label="Loading the settings" lines={6} />;
  const set = (change: Partial<Form>) => {
    setSaved(false);
    setForm({ ...form, ...change });
  };
  const pickLogo = async (file: File | undefined) => {
    setLogoError(null);
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setLogoError("Choose a PNG, JPEG, GIF or WebP image.");
    if (file.size > MAX_LOGO_BYTES) return setLogoError(`Choose an image of at most ${MAX_LOGO_BYTES / 1024} KB.`);
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
      <h1>Organisation</h1>
      <p class="lead">
        Your organisation's name, logo and colour show in the header of every page and above every email.
      </p>
      <form onSubmit={submit} noValidate>
        <Field id="org-name" label="Name" error={save.fields.name}>
          {(a) => (
            <input {...a} value={form.name} maxLength={80} onInput={(e) => set({ name: e.currentTarget.value })} />
          )}
        </Field>
        <Field
          id="org-logo"
          label="Logo"
          hint={`A PNG, JPEG, GIF or WebP image of at most ${MAX_LOGO_BYTES / 1024} KB, shown about 32 pixels high.`}
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
            <img src={form.logo} alt="The logo as it will show" />
            <button type="button" class="quiet" onClick={() => set({ logo: null })}>
              Remove the logo
            </button>
          </p>
        )}
        <Field
          id="org-accent"
          label="Accent colour"
          hint="As #rrggbb, dark enough to read on white; leave empty for Tandem's blue."
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
                aria-label="Pick the accent colour"
                value={/^#[0-9a-f]{6}$/i.test(form.accent) ? form.accent : currentAccent()}
                onInput={(e) => set({ accent: e.currentTarget.value })}
              />
            </div>
          )}
        </Field>
        <Submit
          busy={save.busy}
          label="Save"
          busyLabel="Saving…"
          result={save.error ? { text: save.error, tone: "error" } : saved ? { text: "Saved.", tone: "success" } : null}
        />
      </form>
      <p>
        Single sign-on and provisioning: <a href="/admin/provisioning">SCIM tokens for your identity provider</a>.
      </p>
    </section>
  );
}
