/** A program's shared sign-up link: copy it, or make a new one (the old one stops working). */
import { useRef, useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { Status } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import type { Program } from "./ProgramLayout";

export function ShareLink({ program, onChange }: { program: Program; onChange: (p: Program) => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(program.signupUrl);
      setStatus("Link copied.");
    } catch {
      input.current?.select();
      setStatus("Press Ctrl+C (or ⌘C) to copy the selected link.");
    }
  };
  const { ask, dialog } = useConfirm();
  const rotating = useApiChange(() => ok(api.programs[":id"]["rotate-key"].$post({ param: { id: program.id } })));
  const rotate = async () => {
    const yes = await ask({
      title: "Make a new link?",
      message: "The current link will stop working for everyone who has it.",
      confirmLabel: "Make a new link",
      danger: true,
    });
    if (!yes) return;
    const next = await rotating.run(undefined, (err) => setStatus(messageOf(err)));
    if (!next) return;
    onChange(next);
    setStatus("A new link is ready. The old one no longer works.");
  };
  return (
    <div class="card">
      {dialog}
      <h2>Shared sign-up link</h2>
      <label for="signup-url">Anyone with this link can sign up</label>
      <input id="signup-url" ref={input} readOnly value={program.signupUrl} onFocus={(e) => e.currentTarget.select()} />
      <p>
        <button type="button" onClick={copy}>
          Copy link
        </button>{" "}
        <button type="button" class="secondary" onClick={rotate}>
          Rotate link
        </button>
      </p>
      <Status message={status} />
    </div>
  );
}
