/**
 * SCIM tokens (admins): make one for the identity provider's provisioning (shown once, to paste into
 * Entra ID or Okta), see when each was last used, and revoke one that leaked or is no longer needed.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { formatDateTime } from "../../lib/dates";
import { EmptyState } from "../../lib/EmptyState";
import { Field, Status, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useApi, useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { Alert } from "../../lib/Alert";

const KEY = ["admin", "scim-tokens"];

export default function ScimTokens() {
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <Tokens /> : <p class="status error">Only admins manage provisioning.</p>)}
    </RequireSignIn>
  );
}

function Tokens() {
  const tokens = useApi(KEY, () => ok(api.admin["scim-tokens"].$get({ query: {} })));
  const [name, setName] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  const make = useFormSave((json: { name: string }) => ok(api.admin["scim-tokens"].$post({ json })), {
    invalidates: [KEY],
  });
  const revoke = useApiChange((id: string) => ok(api.admin["scim-tokens"][":id"].$delete({ param: { id } })), [KEY]);
  const { ask, dialog } = useConfirm();
  const submit = async (e: Event) => {
    e.preventDefault();
    const made = await make.submit({ name });
    if (made) {
      setShown(made.token);
      setName("");
    }
  };
  const revokeOne = async (id: string, label: string) => {
    const yes = await ask({
      title: `Revoke “${label}”?`,
      message: "Provisioning with this token stops at once; make a new one to start again.",
      confirmLabel: "Revoke",
      danger: true,
    });
    if (yes) await revoke.run(id);
  };
  const base = `${location.origin}/api/scim/v2`;
  return (
    <section>
      {dialog}
      <h1>Provisioning (SCIM)</h1>
      <p>
        Your identity provider (Entra ID, Okta) creates, updates and turns off people here. Its tenant URL is{" "}
        <code>{base}</code>; its secret token is one you make below.
      </p>
      <form ref={make.formRef} onSubmit={submit} noValidate class="card">
        <Field id="scim-name" label="Name of the new token" error={make.errors.name}>
          {(aria) => <input {...aria} value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Submit busy={make.busy} label="Make a token" busyLabel="Making…" result={make.result} />
        {shown && (
          <div class="field">
            <label for="scim-token">Copy it now: it is not shown again</label>
            <input id="scim-token" readOnly value={shown} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
      </form>
      <Alert message={tokens.error ?? revoke.error} />
      {!tokens.data ? (
        !tokens.error && <Skeleton />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title="No tokens yet">Make one for your identity provider above.</EmptyState>
      ) : (
        <ul class="cards" aria-label="SCIM tokens">
          {tokens.data.items.map((t) => (
            <li class="card" key={t.id}>
              <strong>{t.name}</strong>
              <div>
                Made {formatDateTime(t.createdAt)};{" "}
                {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"}
              </div>
              {t.revokedAt ? (
                <Status message={`Revoked ${formatDateTime(t.revokedAt)}`} />
              ) : (
                <button type="button" class="danger" onClick={() => revokeOne(t.id, t.name)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
