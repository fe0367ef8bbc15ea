import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Status, Submit } from "../../lib/Field";
import { useApiChange } from "../../lib/query";

const isLocal = () => ["localhost", "127.0.0.1"].includes(location.hostname);

export default function SignIn() {
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
      {sent ? (
        <Status
          tone="success"
          message={`Check your email. If ${email} has a Tandem account, a sign-in link is on its way. It works once, for 10 minutes.`}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>We email you a link; no password needed.</p>
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
