/**
 * A "More" menu button (the WAI-ARIA menu button pattern): the button says it opens a menu, arrow keys
 * move between the items, Escape or a click elsewhere closes it, and focus goes back to the button,
 * so a dialog an item opens returns focus there too. Written here because the few menu libraries
 * for Preact bring a whole component kit for these forty lines.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useT } from "./i18n";

export type MenuItem = { label: string; onSelect: () => void };

export function MoreMenu({ label, items }: { label: string; items: MenuItem[] }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const entries = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    entries()[0]?.focus();
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const onKey = (e: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === "Escape") close();
    else if (e.key === "ArrowDown") go(at + 1);
    else if (e.key === "ArrowUp") go(at - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(all.length - 1);
    else if (e.key === "Tab") setOpen(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
  };

  return (
    <div class="more-menu">
      <button
        ref={button}
        type="button"
        class="secondary"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open ? "true" : "false"}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {t("menu.more")} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} onKeyDown={onKey}>
          {items.map((item) => (
            <li role="none" key={item.label}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
