/** Which kinds of mail the signed-in person gets: one switch per category, saved as it changes. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { ReminderChannel } from "../chat/ReminderChannel";
import { useT } from "./i18n";
import { useCategoryName } from "./categories";

type Item = { category: string; label: string; subscribed: boolean };

export default function Preferences() {
  return <RequireSignIn>{() => <PreferencesView />}</RequireSignIn>;
}

function PreferencesView() {
  const { t } = useT();
  const categoryName = useCategoryName();
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
    const category = categoryName(item);
    setSaved(subscribed ? t("preferences.again", { category }) : t("preferences.stopped", { category }));
  };
  return (
    <section class="narrow">
      <h1>{t("preferences.title")}</h1>
      <p>{t("preferences.intro")}</p>
      <Alert message={error} />
      {!items ? (
        !error && <Skeleton />
      ) : (
        <fieldset>
          <legend>{t("preferences.legend")}</legend>
          {items.map((item) => (
            <div class="choice" key={item.category}>
              <input
                type="checkbox"
                id={`mail-${item.category}`}
                checked={item.subscribed}
                onChange={(e) => toggle(item, e.currentTarget.checked)}
              />
              <label for={`mail-${item.category}`}>{categoryName(item)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <Status message={saved} tone="success" />
      <ReminderChannel />
    </section>
  );
}
