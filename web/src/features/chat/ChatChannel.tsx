/**
 * A program's Slack or Teams channel, for its managers: paste the channel's incoming webhook URL, send a
 * test message, or stop posting. The saved URL is a secret, so the page only ever shows its host.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { useAskFirst } from "../../lib/confirm";
import { Field, Status, Submit } from "../../lib/Field";
import { useAction, useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";

const SERVICE = { slack: "Slack", teams: "Microsoft Teams" } as const;

export function ChatChannel({ programId }: { programId: string }) {
  const { t } = useT();
  const key = ["programs", programId, "channel"];
  const channel = useApi(key, () => ok(api.programs[":id"].channel.$get({ param: { id: programId } })));
  const [url, setUrl] = useState("");
  const save = useFormSave(
    (webhookUrl: string) => ok(api.programs[":id"].channel.$put({ param: { id: programId }, json: { webhookUrl } })),
    { saved: t("chat.channel.saved"), invalidates: [key] },
  );
  const test = useAction(async () => {
    await ok(api.programs[":id"].channel.test.$post({ param: { id: programId } }));
    return t("chat.channel.tested");
  });
  const remove = useAction(async () => {
    channel.set(await ok(api.programs[":id"].channel.$delete({ param: { id: programId } })));
    return t("chat.channel.stopped");
  }, [key]);
  const stop = useAskFirst(() => remove.run(undefined), {
    title: t("chat.channel.stopTitle"),
    message: t("chat.channel.stopText"),
    confirmLabel: t("chat.channel.stop"),
    danger: true,
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await save.submit(url)) setUrl("");
  };
  const now = channel.data;
  return (
    <section class="card" aria-labelledby="channel-h">
      {stop.dialog}
      <h2 id="channel-h">{t("chat.channel.title")}</h2>
      <p class="hint">{t("chat.channel.intro")}</p>
      <Alert message={channel.error} />
      {now && (
        <p>
          {now.set && now.kind
            ? t("chat.channel.posting", { service: SERVICE[now.kind], host: now.host ?? "" })
            : t("chat.channel.notPosting")}
        </p>
      )}
      <form ref={save.formRef} onSubmit={submit} noValidate>
        <Field
          id="channel-url"
          label={now?.set ? t("chat.channel.replaceUrl") : t("chat.channel.url")}
          hint={t("chat.channel.urlHint")}
          error={save.errors.webhookUrl}
        >
          {(a) => (
            <input {...a} type="url" autocomplete="off" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          )}
        </Field>
        <Submit change={save} label={t("chat.channel.save")} busyLabel={t("chat.channel.saving")} />
      </form>
      {now?.set && (
        <p>
          <button type="button" class="secondary" disabled={test.busy} onClick={() => test.run(undefined)}>
            {test.busy ? t("chat.channel.sending") : t("chat.channel.test")}
          </button>{" "}
          <button type="button" class="secondary" disabled={remove.busy} onClick={stop.run}>
            {t("chat.channel.stop")}
          </button>
        </p>
      )}
      <Status tone={test.result?.tone ?? remove.result?.tone} message={test.result?.text ?? remove.result?.text} />
    </section>
  );
}
