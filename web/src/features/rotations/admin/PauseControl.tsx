/** Pausing the rotation (no cycle starts or ends) or resuming it, with what that means. */
import { useState } from "preact/hooks";
import { api, messageOf, ok } from "../../../lib/api";
import { Status, type StatusMessage } from "../../../lib/Field";
import type { RotationData } from "./Rotation";

type Props = { programId: string; paused: boolean; onChanged: (r: RotationData) => void };

export function PauseControl({ programId, paused, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const toggle = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const json = { paused: !paused };
      onChanged(await ok(api.programs[":id"].rotations.pause.$post({ param: { id: programId }, json })));
      setMessage({ text: paused ? "The rotation runs again." : "The rotation is paused.", tone: "success" });
    } catch (err) {
      setMessage({ text: messageOf(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="pause-title">
      <h2 id="pause-title">Pause or resume</h2>
      <p class="hint" id="pause-hint">
        While the rotation is paused, no cycle starts or ends. A cycle that passes entirely while paused is skipped.
      </p>
      <button type="button" class="secondary" onClick={toggle} disabled={busy} aria-describedby="pause-hint">
        {paused ? "Resume the rotation" : "Pause the rotation"}
      </button>
      <Status tone={message?.tone} message={message?.text} />
    </section>
  );
}
