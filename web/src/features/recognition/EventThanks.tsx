/** After a speed event's rounds: thank someone you met there, as a pair thanks each other. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { KudosFields } from "./KudosFields";

export function EventThanks({ eventId, partners }: { eventId: string; partners: { id: string; name: string }[] }) {
  const [toId, setToId] = useState(partners[0]?.id ?? "");
  const [note, setNote] = useState("");
  const [tellManager, setTellManager] = useState(false);
  const name = partners.find((p) => p.id === toId)?.name ?? "";
  const kudos = useFormSave(
    (json: { toId: string; note: string; tellManager: boolean }) => ok(api.kudos.$post({ json: { ...json, eventId } })),
    { saved: (r) => `Sent to ${name}${r.managerTold ? ", and to their manager" : ""}.` },
  );
  if (partners.length === 0) return null;
  const send = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = note.trim() ? {} : { note: "Write a few words." };
    if ((await kudos.submit({ toId, note, tellManager }, problems)) !== null) setNote("");
  };
  return (
    <section class="card" aria-labelledby="ev-thanks-h">
      <h2 id="ev-thanks-h">Say thank you</h2>
      <form ref={kudos.formRef} onSubmit={send} noValidate>
        <Field id="ev-thanks-to" label="To" error={kudos.errors.toId}>
          {(a) => (
            <select {...a} value={toId} onChange={(e) => setToId(e.currentTarget.value)}>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <KudosFields
          id="ev-thanks-note"
          label="Your note"
          note={note}
          onNote={setNote}
          tellManager={tellManager}
          onTellManager={setTellManager}
          sending={kudos}
        />
      </form>
    </section>
  );
}
