/** Which kinds of mail the signed-in person gets: one switch per category, saved as it changes. */
import { useEffect, useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { RequireSignIn } from "../../lib/RequireSignIn";

type Item = { category: string; label: string; subscribed: boolean };

export default function Preferences() {
  return <RequireSignIn>{() => <PreferencesView />}</RequireSignIn>;
}

function PreferencesView() {
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    ok(api.me["mail-preferences"].$get()).then(
      (p) => setItems(p.items),
      (e) => setError(messageOf(e)),
    );
  }, []);
  const toggle = async (item: Item, subscribed: boolean) => {
    setError(null);
    try {
      const json = { category: item.category as never, subscribed };
      setItems((await ok(api.me["mail-preferences"].$put({ json }))).items);
      setSaved(subscribed ? `You get “${item.label}” emails again.` : `No more “${item.label}” emails.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section class="narrow">
      <h1>Mail preferences</h1>
      <p>
        Sign-in links and confirmations of what you just did always come. Choose which other emails you get; the
        dashboard shows everything either way.
      </p>
      <Alert message={error} />
      {!items ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : (
        <fieldset>
          <legend>Email me about</legend>
          {items.map((item) => (
            <div class="choice" key={item.category}>
              <input
                type="checkbox"
                id={`mail-${item.category}`}
                checked={item.subscribed}
                onChange={(e) => toggle(item, e.currentTarget.checked)}
              />
              <label for={`mail-${item.category}`}>{item.label}</label>
            </div>
          ))}
        </fieldset>
      )}
      <Status message={saved} tone="success" />
    </section>
  );
}
