import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Status, Submit } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { takeReturn } from "../../lib/returnTo";

const isLocal = () => ["localhost", "127.0.0.1"].includes(location.hostname);

export default function SignIn() {
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
      <h1>Sign in</h1>
      {oidc && (
        <p>
          <button
            type="button"
            onClick={() => location.assign(`${oidc.start}?to=${encodeURIComponent(takeReturn() ?? "/dashboard")}`)}
          >
            Sign in with {oidc.name}
          </button>
        </p>
      )}
      {links === "off" ? null : sent ? (
        <Status
          tone="success"
          message={`Check your email. If ${email} has a Tandem account, a sign-in link is on its way. It works once, for 10 minutes.`}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            {links === "guests"
              ? `Guests from ${methods.data!.guestDomains.join(", ")}: we email you a link; no password needed.`
              : "We email you a link; no password needed."}
          </p>
          <Field id="email" label="Work email" error={fieldError}>
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
          <Submit busy={busy} label="Email me a sign-in link" busyLabel="Sending…" error={error} />
        </form>
      )}
      {isLocal() && (
        <p class="hint">
          Running locally? Emails land in the <a href="/dev/mail">development mailbox</a>.
        </p>
      )}
    </section>
  );
}
