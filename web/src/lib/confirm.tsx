/**
 * Asks before something that cannot be undone, in the app's own dialog (never the browser's confirm()):
 * `if (!(await ask({ … }))) return;`. Render `dialog` anywhere in the component.
 */
import { useState } from "preact/hooks";
import { ConfirmDialog } from "./Dialog";

type Question = { title: string; message: string; confirmLabel: string; cancelLabel?: string; danger?: boolean };

export function useConfirm() {
  const [open, setOpen] = useState<(Question & { answer: (yes: boolean) => void }) | null>(null);
  const ask = (q: Question) => new Promise<boolean>((answer) => setOpen({ ...q, answer }));
  const reply = (yes: boolean) => {
    open?.answer(yes);
    setOpen(null);
  };
  const dialog = open && (
    <ConfirmDialog
      title={open.title}
      confirmLabel={open.confirmLabel}
      cancelLabel={open.cancelLabel}
      danger={open.danger}
      onConfirm={async () => reply(true)}
      onClose={() => reply(false)}
    >
      <p>{open.message}</p>
    </ConfirmDialog>
  );
  return { ask, dialog };
}

/** A click that asks `q` first and does `action` only on a yes; render `dialog` anywhere in the component. */
export function useAskFirst(action: () => Promise<unknown>, q: Question) {
  const { ask, dialog } = useConfirm();
  const run = async () => {
    if (await ask(q)) await action();
  };
  return { run, dialog };
}
