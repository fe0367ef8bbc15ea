/**
 * The page a mailed link opens. Only the button redeems the token, so a mail scanner that opens
 * the link does not use it up.
 */
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, messageOf, ok } from "../api";
import { Status } from "../components/Field";
import { takeReturn } from "../returnTo";
import { useSession } from "../session";

export default function Verify() {
  const { query, route } = useLocation();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const token = query.token ?? "";

  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await ok(api.auth.verify.$post({ json: { token } }));
      await refresh();
      // The next page loads on demand; until it shows, this one stays up without its token.
      setDone(true);
      route(
        result.purpose === "confirm" && result.programId
          ? `/dashboard?confirmed=${result.programId}`
          : (takeReturn() ?? "/dashboard"),
      );
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <section class="narrow">
      <h1>Continue to Tandem</h1>
      {done ? (
        <p role="status">Signed in. Opening Tandem…</p>
      ) : !token ? (
        <p>
          This link is incomplete. <a href="/signin">Ask for a new sign-in link</a>.
        </p>
      ) : (
        <>
          <p>Press the button to sign in. If you were confirming a sign-up, this also confirms it.</p>
          <button type="button" onClick={go} disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
          <Status tone="error" message={error} />
          {error && (
            <p>
              <a href="/signin">Ask for a new sign-in link</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
