/**
 * On a mentorship's page: thank the partner (optionally telling their manager by mail), and once the
 * mentorship is completed, a link to one's certificate.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useAction, useFormSave } from "../../lib/form";
import type { Mentorship } from "../mentorships/myMentorships";
import { KudosFields } from "./KudosFields";

export function PairRecognition({ m }: { m: Mentorship }) {
  const [note, setNote] = useState("");
  const [tellManager, setTellManager] = useState(false);
  const kudos = useFormSave(
    (json: { note: string; tellManager: boolean }) =>
      ok(api.kudos.$post({ json: { ...json, toId: m.partner.id, mentorshipId: m.id } })),
    {
      invalidates: [["me", "recognition"]],
      saved: (r) => `Sent to ${m.partner.name}${r.managerTold ? ", and to their manager" : ""}.`,
    },
  );
  const certificate = useAction(async () => {
    const c = await ok(api.mentorships[":id"].certificate.$post({ param: { id: m.id } }));
    location.assign(c.path);
    return "Opening your certificate…";
  });
  const send = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = note.trim() ? {} : { note: "Write a few words." };
    if ((await kudos.submit({ note, tellManager }, problems)) !== null) setNote("");
  };
  return (
    <section class="card pair-recognition" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">Say thank you</h2>
      <form ref={kudos.formRef} onSubmit={send} noValidate>
        <KudosFields
          id="kudos-note"
          label={`A note for ${m.partner.name}`}
          note={note}
          onNote={setNote}
          tellManager={tellManager}
          onTellManager={setTellManager}
          sending={kudos}
        />
      </form>
      {m.status === "completed" && (
        <div>
          <button
            type="button"
            class="secondary"
            disabled={certificate.busy}
            onClick={() => void certificate.run(undefined)}
          >
            Your certificate of completion
          </button>
          <Status tone={certificate.result?.tone} message={certificate.result?.text} />
        </div>
      )}
    </section>
  );
}
