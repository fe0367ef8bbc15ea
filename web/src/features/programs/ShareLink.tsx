/** A program's shared sign-up link: copy it, or make a new one (the old one stops working). */
import { useRef, useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { Status } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import type { Program } from "./ProgramLayout";
import { useT } from "./i18n";

export function ShareLink({ program, onChange }: { program: Program; onChange: (p: Program) => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { t } = useT();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(program.signupUrl);
      setStatus(t("programs.share.copied"));
    } catch {
      input.current?.select();
      setStatus(t("programs.share.copyByHand"));
    }
  };
  const { ask, dialog } = useConfirm();
  const rotating = useApiChange(() => ok(api.programs[":id"]["rotate-key"].$post({ param: { id: program.id } })));
  const rotate = async () => {
    const yes = await ask({
      title: t("programs.share.ask.title"),
      message: t("programs.share.ask.text"),
      confirmLabel: t("programs.share.ask.confirm"),
      cancelLabel: t("programs.share.ask.cancel"),
      danger: true,
    });
    if (!yes) return;
    const next = await rotating.run(undefined, (err) => setStatus(messageOf(err)));
    if (!next) return;
    onChange(next);
    setStatus(t("programs.share.rotated"));
  };
  return (
    <div class="card">
      {dialog}
      <h2>{t("programs.share.title")}</h2>
      <label for="signup-url">{t("programs.share.label")}</label>
      <input id="signup-url" ref={input} readOnly value={program.signupUrl} onFocus={(e) => e.currentTarget.select()} />
      <p>
        <button type="button" onClick={copy}>
          {t("programs.share.copy")}
        </button>{" "}
        <button type="button" class="secondary" onClick={rotate}>
          {t("programs.share.rotate")}
        </button>
      </p>
      <Status message={status} />
    </div>
  );
}
