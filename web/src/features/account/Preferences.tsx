/** Which kinds of mail the signed-in person gets: one switch per category, saved as it changes. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { ReminderChannel } from "../chat/ReminderChannel";

type Item = { category: string; label: string; subscribed: boolean };

export default function Preferences() {
  return <RequireSignIn>{() => <PreferencesView />}</RequireSignIn>;
}

function PreferencesView() {
  const prefs = useApi(["me", "mail-preferences"], () => ok(api.me["mail-preferences"].$get()));
  const save = useApiChange((json: { category: never; subscribed: boolean }) =>
    ok(api.me["mail-preferences"].$put({ json })),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const items: Item[] | null = prefs.data?.items ?? null;
  const error = save.error ?? prefs.error;
  const toggle = async (item: Item, subscribed: boolean) => {
    const before = prefs.data!;
    // The box shows the new state while it is saved, and goes back if saving fails.
    prefs.set({ ...before, items: before.items.map((i) => (i.category === item.category ? { ...i, subscribed } : i)) });
    const next = await save.run({ category: item.category as never, subscribed });
    prefs.set(next ?? before);
    if (!next) return;
    setSaved(subscribed ? `You get “${item.label}” emails again.` : `No more “${item.label}” emails.`);
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
        !error && <Skeleton />
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
      <ReminderChannel />
    </section>
  );
}
