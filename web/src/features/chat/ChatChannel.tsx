/**
 * A program's Slack or Teams channel, for its managers: paste the channel's incoming webhook URL, send a
 * test message, or stop posting. The saved URL is a secret, so the page only ever shows its host.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { useConfirm } from "../../lib/confirm";
import { Field, Status, Submit } from "../../lib/Field";
import { useAction, useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";

const SERVICE = { slack: "Slack", teams: "Microsoft Teams" } as const;

export function ChatChannel({ programId }: { programId: string }) {
  const key = ["programs", programId, "channel"];
  const channel = useApi(key, () => ok(api.programs[":id"].channel.$get({ param: { id: programId } })));
  const [url, setUrl] = useState("");
  const save = useFormSave(
    (webhookUrl: string) => ok(api.programs[":id"].channel.$put({ param: { id: programId }, json: { webhookUrl } })),
    { saved: "Saved. Send a test message to check it.", invalidates: [key] },
  );
  const test = useAction(async () => {
    await ok(api.programs[":id"].channel.test.$post({ param: { id: programId } }));
    return "Test message sent: look for it in the channel.";
  });
  const remove = useAction(async () => {
    channel.set(await ok(api.programs[":id"].channel.$delete({ param: { id: programId } })));
    return "Tandem no longer posts to the channel.";
  }, [key]);
  const { ask, dialog } = useConfirm();
  const stop = async () => {
    const yes = await ask({
      title: "Stop posting to the channel?",
      message: "The webhook URL is forgotten; to post again, paste it again.",
      confirmLabel: "Stop posting",
      danger: true,
    });
    if (yes) await remove.run(undefined);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await save.submit(url)) setUrl("");
  };
  const now = channel.data;
  return (
    <section class="card" aria-labelledby="channel-h">
      {dialog}
      <h2 id="channel-h">Slack or Teams channel</h2>
      <p class="hint">
        Tandem posts news of the program there: new pairs (how many, never who), an event starting, and the monthly
        report's headline.
      </p>
      <Alert message={channel.error} />
      {now && (
        <p>
          {now.set && now.kind
            ? `Posting to a ${SERVICE[now.kind]} channel (${now.host}).`
            : "Not posting to a channel."}
        </p>
      )}
      <form ref={save.formRef} onSubmit={submit} noValidate>
        <Field
          id="channel-url"
          label={now?.set ? "Replace the webhook URL" : "Incoming webhook URL"}
          hint="From Slack (https://hooks.slack.com/services/…) or a Teams workflow (Post to a channel when a webhook request is received)."
          error={save.errors.webhookUrl}
        >
          {(a) => (
            <input {...a} type="url" autocomplete="off" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          )}
        </Field>
        <Submit busy={save.busy} label="Save webhook" busyLabel="Saving…" result={save.result} />
      </form>
      {now?.set && (
        <p>
          <button type="button" class="secondary" disabled={test.busy} onClick={() => test.run(undefined)}>
            {test.busy ? "Sending…" : "Send a test message"}
          </button>{" "}
          <button type="button" class="secondary" disabled={remove.busy} onClick={stop}>
            Stop posting
          </button>
        </p>
      )}
      <Status tone={test.result?.tone ?? remove.result?.tone} message={test.result?.text ?? remove.result?.text} />
    </section>
  );
}
