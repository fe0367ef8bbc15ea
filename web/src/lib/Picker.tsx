/**
 * A text box that filters a list to pick from: the ARIA 1.2 combobox. The keyboard and screen-reader
 * side (arrows, Enter, aria-activedescendant, aria-expanded) is @github/combobox-nav's; the options
 * are loaded when the box is first used, so a page with a picker loads none of them up front.
 */
import { useT } from "./i18n";
import Combobox from "@github/combobox-nav";
import { useEffect, useRef, useState } from "preact/hooks";
import { Field } from "./Field";
import "../styles/picker.css";

export type Option = { value: string; label: string };

type Props<T extends Option> = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** What the box says while nobody types in it: the chosen option, or "" where several are chosen. */
  shown: string;
  load: () => Promise<T[]>;
  search: (all: T[], query: string) => T[];
  onPick: (option: T) => void;
  /** Several may be chosen: the list stays open and the box empties after each pick. */
  multiple?: boolean;
  /** What the options are, in the plural: "time zones". */
  noun: string;
  /** Load the options once the page is up rather than when the box is first used. */
  preload?: boolean;
};

const optionId = (id: string, value: string) => `${id}-o-${value.replace(/[^\w-]/g, "_")}`;

export function Picker<T extends Option>(props: Props<T>) {
  const { id, label, hint, error, shown, noun, multiple } = props;
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const nav = useRef<Combobox>();
  const [all, setAll] = useState<T[] | null>(null);
  const loading = useRef<Promise<void>>();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const results = open && all ? props.search(all, query ?? "") : [];
  const expanded = results.length > 0;
  const latest = useRef({ all, props });
  latest.current = { all, props };

  const pick = (value: string) => {
    const option = latest.current.all?.find((o) => o.value === value);
    if (!option) return;
    latest.current.props.onPick(option);
    setQuery(multiple ? "" : null);
    if (!multiple) setOpen(false);
  };

  useEffect(() => {
    const box = input.current!;
    const options = list.current!;
    nav.current = new Combobox(box, options, { tabInsertsSuggestions: false, firstOptionSelectionMode: "active" });
    const commit = (e: Event) => pick((e.target as HTMLElement).dataset.value ?? "");
    options.addEventListener("combobox-commit", commit);
    return () => {
      options.removeEventListener("combobox-commit", commit);
      nav.current?.destroy();
    };
  }, []);
  useEffect(() => {
    if (expanded) nav.current?.start();
    else nav.current?.stop();
  }, [expanded]);
  useEffect(() => {
    // The options just changed under the highlight: Enter now picks the first of the new ones.
    if (expanded) nav.current?.resetSelection();
  }, [query, all, expanded]);

  const ensureLoaded = () => (loading.current ??= props.load().then(setAll));
  const openList = () => {
    setOpen(true);
    void ensureLoaded();
  };
  useEffect(() => {
    if (!props.preload) return;
    const later = setTimeout(ensureLoaded, 0);
    return () => clearTimeout(later);
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setQuery(multiple ? "" : null);
    } else if (e.key === "Enter" && open) {
      e.preventDefault(); // Enter picks from the open list; it never sends the form underneath
      // The first option is marked for Enter by an effect after the options render; an Enter that
      // comes between the two would find nothing marked, so it takes the first option itself.
      const marked = list.current?.querySelector('[aria-selected="true"], [data-combobox-option-default="true"]');
      if (!marked && results[0]) pick(results[0].value);
    } else if (e.key === "ArrowDown" && !open) openList();
  };
  // Enter takes the first option without moving to it, which only this line tells a screen reader.
  const found = t("picker.found", { count: results.length, noun, first: results[0]?.label ?? "" });
  const none = t("picker.none", { noun, query: query ?? "" });
  const status = !open ? "" : !all ? t("picker.loading", { noun }) : expanded ? found : none;

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a) => (
        <div class="picker">
          <input
            {...a}
            ref={input}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={query ?? shown}
            onFocus={(e) => {
              if (!multiple) e.currentTarget.select();
              openList();
            }}
            onClick={openList}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              openList();
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setQuery(multiple ? "" : null);
            }}
          />
          <ul
            ref={list}
            id={`${id}-list`}
            role="listbox"
            aria-label={label}
            class="picker-list"
            hidden={!expanded}
            // A press on an option must not blur the box first, which would close the list under it.
            onMouseDown={(e) => e.preventDefault()}
          >
            {results.map((o) => (
              <li key={o.value} id={optionId(id, o.value)} role="option" data-value={o.value}>
                {o.label}
              </li>
            ))}
          </ul>
          <p class={expanded ? "sr-only" : "hint picker-status"} role="status">
            {status}
          </p>
        </div>
      )}
    </Field>
  );
}
