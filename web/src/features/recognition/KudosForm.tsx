/** The thank-you form a pair's page and an event's page share: the note, the manager, send. */
import type { ComponentChildren } from "preact";
import type { QueryKey } from "@tanstack/preact-query";
import { useState } from "preact/hooks";
import type { FieldErrors } from "../../lib/api";
import { Submit, TextAreaField } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { MAX_KUDOS_NOTE } from "../../../../workers/domain/recognition";
import { useT } from "./i18n";

type Kudos = { note: string; tellManager: boolean };

export function KudosForm(props: {
  id: string;
  label: string;
  /** Whom the thanks go to, as the line after sending names them. */
  to: string;
  send: (kudos: Kudos) => Promise<{ managerTold: boolean }>;
  invalidates?: QueryKey[];
  /** What the form asks before the note (whom to thank), with the errors the API gave. */
  children?: (errors: FieldErrors) => ComponentChildren;
}) {
  const { id, label, to, send, invalidates, children } = props;
  const { t } = useT();
  const [note, setNote] = useState("");
  const [tellManager, setTellManager] = useState(false);
  const kudos = useFormSave(send, {
    invalidates,
    saved: (r) => t("recognition.kudos.sent", { to, manager: r.managerTold ? "yes" : "no" }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: FieldErrors = note.trim() ? {} : { note: t("recognition.kudos.writeSomething") };
    if ((await kudos.submit({ note, tellManager }, problems)) !== null) setNote("");
  };
  return (
    <form ref={kudos.formRef} onSubmit={submit} noValidate>
      {children?.(kudos.errors)}
      <TextAreaField
        id={id}
        label={label}
        error={kudos.errors.note}
        rows={3}
        maxLength={MAX_KUDOS_NOTE}
        value={note}
        onInput={setNote}
      />
      <label class="choice">
        <input type="checkbox" checked={tellManager} onChange={(e) => setTellManager(e.currentTarget.checked)} />
        {t("recognition.kudos.tellManager")}
      </label>
      <Submit change={kudos} label={t("recognition.kudos.send")} busyLabel={t("recognition.kudos.sending")} />
    </form>
  );
}
