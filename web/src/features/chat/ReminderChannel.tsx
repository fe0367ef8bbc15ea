/** Where reminders go: by mail, or as Slack direct messages where this Tandem is connected to Slack. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { useT } from "./i18n";

type By = "mail" | "slack";

export function ReminderChannel() {
  const { t } = useT();
  const key = ["me", "chat"];
  const loaded = useApi(key, () => ok(api.me.chat.$get()));
  const save = useApiChange((remindersBy: By) => ok(api.me.chat.$put({ json: { remindersBy } })), [key]);
  const [saved, setSaved] = useState<string | null>(null);
  const choose = async (remindersBy: By) => {
    const next = await save.run(remindersBy);
    if (!next) return;
    loaded.set(next);
    setSaved(remindersBy === "slack" ? t("chat.reminders.savedSlack") : t("chat.reminders.savedMail"));
  };
  if (!loaded.data?.slackAvailable) return <Alert message={loaded.error} />;
  return (
    <fieldset>
      <legend>{t("chat.reminders.title")}</legend>
      <Alert message={save.error} />
      {(
        [
          ["mail", t("chat.reminders.mail")],
          ["slack", t("chat.reminders.slack")],
        ] as const
      ).map(([value, label]) => (
        <div class="choice" key={value}>
          <input
            type="radio"
            name="reminders-by"
            id={`reminders-${value}`}
            checked={loaded.data!.remindersBy === value}
            disabled={save.busy}
            onChange={() => choose(value)}
          />
          <label for={`reminders-${value}`}>{label}</label>
        </div>
      ))}
      <Status message={saved} tone="success" />
    </fieldset>
  );
}
