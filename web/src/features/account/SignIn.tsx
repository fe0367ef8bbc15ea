import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Status, Submit } from "../../lib/Field";
import { useT } from "./i18n";
import { useApi, useApiChange } from "../../lib/query";
import { takeReturn } from "../../lib/returnTo";

const isLocal = () => ["localhost", "127.0.0.1"].includes(location.hostname);

export default function SignIn() {
  const { t } = useT();
  const methods = useApi(["auth", "methods"], () => ok(api.auth.methods.$get()), { staleTime: Infinity });
  const oidc = methods.data?.oidc;
  const links = methods.data?.magicLinks ?? "all";
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const asking = useApiChange((json: { email: string }) => ok(api.auth["magic-link"].$post({ json })));
  const { busy } = asking;
  // A refused address is said at its field, anything else under the button.
  const fieldError = asking.fields.email;
  const error = fieldError ? null : asking.error;

  const submit = async (e: Event) => {
    e.preventDefault();
    if ((await asking.run({ email })) !== null) setSent(true);
  };

  return (
    <section class="narrow">
      <h1>{t("signIn.title")}</h1>
      {oidc && (
        <p>
          <button
            type="button"
            onClick={() => location.assign(`${oidc.start}?to=${encodeURIComponent(takeReturn() ?? "/dashboard")}`)}
          >
            {t("signIn.withProvider", { provider: oidc.name })}
          </button>
        </p>
      )}
      {links === "off" ? null : sent ? (
        <Status tone="success" message={t("signIn.sent", { email })} />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            {links === "guests"
              ? t("signIn.guests", { domains: methods.data!.guestDomains.join(", ") })
              : t("signIn.intro")}
          </p>
          <Field id="email" label={t("signIn.email")} error={fieldError}>
            {(aria) => (
              <input
                {...aria}
                type="email"
                autoComplete="email"
                required
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Submit change={{ busy, error }} label={t("signIn.submit")} busyLabel={t("signIn.sending")} />
        </form>
      )}
      {isLocal() && (
        <p class="hint">
          {t("signIn.local")} <a href="/dev/mail">{t("signIn.devMailbox")}</a>
        </p>
      )}
    </section>
  );
}
