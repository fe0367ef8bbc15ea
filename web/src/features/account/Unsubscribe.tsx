/**
 * The page an unsubscribe link in a mail opens: it says which kind of mail the link stops and asks for
 * a click, because mail scanners open links and must not unsubscribe anyone. No sign-in needed.
 */
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, messageOf, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";

type State = { category: string; label: string; subscribed: boolean };

export default function Unsubscribe() {
  const token = useLocation().query.token ?? "";
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    ok(api.unsubscribe.$get({ query: { token } })).then(setState, (e) => setError(messageOf(e)));
  }, [token]);
  const confirm = async () => {
    setBusy(true);
    try {
      setState(await ok(api.unsubscribe.$post({ query: { token } })));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="narrow">
      <h1>Unsubscribe</h1>
      <Alert message={error} />
      {!state && !error && <p aria-busy="true">Loading…</p>}
      {state &&
        (state.subscribed ? (
          <>
            <p>Stop getting “{state.label}” emails from Tandem? Other kinds of mail keep coming.</p>
            <button type="button" onClick={confirm} disabled={busy}>
              Unsubscribe
            </button>
          </>
        ) : (
          <p class="status success" role="status">
            You no longer get “{state.label}” emails.
          </p>
        ))}
      <p>
        Signed in, you can choose every kind of mail on <a href="/preferences">your mail preferences</a>.
      </p>
    </section>
  );
}
