/**
 * SCIM tokens (admins): make one for the identity provider's provisioning (shown once, to paste into
 * Entra ID or Okta), see when each was last used, and revoke one that leaked or is no longer needed.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { formatDateTime } from "../../lib/dates";
import { Field, Status, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useApi, useApiChange } from "../../lib/query";
import { RequireAdmin } from "../../lib/RequireSignIn";
import { Cards } from "../../lib/Cards";
import { Listing } from "../../lib/Loading";
import { Alert } from "../../lib/Alert";
import { useT } from "./i18n";

const KEY = ["admin", "scim-tokens"];

export default function ScimTokens() {
  const { t } = useT();
  return <RequireAdmin page={Tokens} denied={t("provisioning.adminsOnly")} />;
}

function Tokens() {
  const { t } = useT();
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
      title: t("provisioning.revokeTitle", { name: label }),
      message: t("provisioning.revokeText"),
      confirmLabel: t("provisioning.revoke"),
      danger: true,
    });
    if (yes) await revoke.run(id);
  };
  const base = `${location.origin}/api/scim/v2`;
  return (
    <section>
      {dialog}
      <h1>{t("provisioning.title")}</h1>
      <p>
        {t("provisioning.introBefore")} <code>{base}</code>
        {t("provisioning.introAfter")}
      </p>
      <form ref={make.formRef} onSubmit={submit} noValidate class="card">
        <Field id="scim-name" label={t("provisioning.name")} error={make.errors.name}>
          {(aria) => <input {...aria} value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Submit change={make} label={t("provisioning.make")} busyLabel={t("provisioning.making")} />
        {shown && (
          <div class="field">
            <label for="scim-token">{t("provisioning.copy")}</label>
            <input id="scim-token" readOnly value={shown} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
      </form>
      <Alert message={tokens.error ?? revoke.error} />
      <Listing query={tokens} empty={{ title: t("provisioning.none"), text: t("provisioning.noneHint") }}>
        {(items) => (
          <Cards label={t("provisioning.list")} items={items}>
            {(token) => (
              <>
                <strong>{token.name}</strong>
                <div>
                  {token.lastUsedAt
                    ? t("provisioning.madeUsed", {
                        made: formatDateTime(token.createdAt),
                        used: formatDateTime(token.lastUsedAt),
                      })
                    : t("provisioning.madeUnused", { made: formatDateTime(token.createdAt) })}
                </div>
                {token.revokedAt ? (
                  <Status message={t("provisioning.revoked", { time: formatDateTime(token.revokedAt) })} />
                ) : (
                  <button type="button" class="danger" onClick={() => revokeOne(token.id, token.name)}>
                    {t("provisioning.revoke")}
                  </button>
                )}
              </>
            )}
          </Cards>
        )}
      </Listing>
    </section>
  );
}
