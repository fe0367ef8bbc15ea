/** Pausing the rotation (no cycle starts or ends) or resuming it, with what that means. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Status, type StatusMessage } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import type { RotationData } from "./Rotation";
import { useT } from "../i18n";

type Props = { programId: string; paused: boolean; onChanged: (r: RotationData) => void };

export function PauseControl({ programId, paused, onChanged }: Props) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const { t } = useT();
  const pause = useApiChange((json: { paused: boolean }) =>
    ok(api.programs[":id"].rotations.pause.$post({ param: { id: programId }, json })),
  );

  const toggle = async () => {
    setMessage(null);
    const next = await pause.run({ paused: !paused });
    if (!next) return;
    onChanged(next);
    setMessage({ text: paused ? t("rotations.pause.resumed") : t("rotations.pause.paused"), tone: "success" });
  };

  return (
    <section class="card" aria-labelledby="pause-title">
      <h2 id="pause-title">{t("rotations.pause.title")}</h2>
      <p class="hint" id="pause-hint">
        {t("rotations.pause.hint")}
      </p>
      <button type="button" class="secondary" onClick={toggle} disabled={pause.busy} aria-describedby="pause-hint">
        {paused ? t("rotations.pause.resume") : t("rotations.pause.pause")}
      </button>
      <Status tone={pause.error ? "error" : message?.tone} message={pause.error ?? message?.text} />
    </section>
  );
}
