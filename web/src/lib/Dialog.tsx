/**
 * A modal <dialog> opened with showModal: it takes focus (its `autofocus` control, else the first),
 * keeps it inside, closes on Escape, and gives focus back to what opened it when it goes away.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { messageOf } from "./api";
import { Alert } from "./Alert";
import { useT } from "./i18n";

type Props = { title: string; onClose: () => void; children: ComponentChildren };

export function Dialog({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    return () => {
      // The opener may be gone (a finished mentorship loses its buttons); then focus the page.
      const back = opener?.isConnected ? opener : document.getElementById("main");
      setTimeout(() => back?.focus(), 0);
    };
  }, []);
  return (
    <dialog ref={ref} class="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/**
 * A yes-or-no question: the safe answer has focus, the other runs `onConfirm` and shows its error. With
 * `danger` (for what cannot be undone) the confirming button is the danger button.
 */
export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const { t } = useT();
  const { title, confirmLabel, cancelLabel = t("dialog.cancel"), danger, onConfirm, onClose, children } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <Alert message={error} />
      <div class="actions">
        <button type="button" class={danger ? "danger" : undefined} onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" class="secondary" onClick={onClose} autofocus>
          {cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
