/**
 * A searchable choice of one person: a search box narrows a native select (the first 50 matches), so
 * it stays quick with thousands of people and works with every screen reader and phone keyboard.
 * Options that cannot be chosen (a mentor with no free seat) are listed, marked and disabled.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { Status } from "../../../lib/Field";
import { useT } from "../i18n";

export type Option = { id: string; label: string; search: string; disabled?: boolean };

const SHOWN = 50;

type Props = {
  idBase: string;
  /** What is picked, e.g. "Mentor". */
  label: string;
  /** The search box's label, e.g. "Search mentors". */
  searchLabel: string;
  /** The list's one line when nothing matches, e.g. "No mentor matches". */
  noMatches: string;
  options: Option[];
  /** Called (debounced) as the search changes, for pickers that also ask the server. */
  onQuery?: (q: string) => void;
  /** How many the server has for the search, when `options` are only the first of them. */
  total?: number;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (id: string) => void;
  onCancel: () => void;
};

export function PersonPicker(props: Props) {
  const { idBase, label, searchLabel, noMatches, options, onQuery, total, submitLabel, busy, error } = props;
  const { onSubmit, onCancel } = props;
  const { t } = useT();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState("");
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    if (!onQuery) return;
    const timer = setTimeout(() => onQuery(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);

  const matches = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return needle ? options.filter((o) => o.search.includes(needle)) : options;
  }, [q, options]);
  const shown = matches.slice(0, SHOWN);
  const open = shown.filter((o) => !o.disabled);
  const chosen = open.some((o) => o.id === picked) ? picked : (open[0]?.id ?? "");
  const found = Math.max(matches.length, total ?? 0);
  const closed = shown.length - open.length;

  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen) onSubmit(chosen);
  };
  return (
    <form class="picker" onSubmit={submit}>
      <div class="picker-fields">
        <div class="field">
          <label for={`${idBase}-q`}>{searchLabel}</label>
          <input
            id={`${idBase}-q`}
            ref={search}
            type="search"
            value={q}
            placeholder={t("matching.picker.placeholder")}
            autoComplete="off"
            onInput={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => e.key === "Escape" && onCancel()}
          />
        </div>
        <div class="field">
          <label for={`${idBase}-pick`}>{label}</label>
          <select
            id={`${idBase}-pick`}
            value={chosen}
            aria-describedby={`${idBase}-count`}
            disabled={shown.length === 0}
            onChange={(e) => setPicked(e.currentTarget.value)}
          >
            {shown.length === 0 && <option value="">{noMatches}</option>}
            {shown.map((o) => (
              <option key={o.id} value={o.id} disabled={o.disabled}>
                {o.label}
              </option>
            ))}
          </select>
          <p class="hint" id={`${idBase}-count`}>
            {found > shown.length
              ? t("matching.picker.first", { shown: shown.length, found })
              : t("matching.picker.found", { found })}
            {closed > 0 && ` ${t("matching.picker.closed", { count: closed })}`}
          </p>
        </div>
      </div>
      <p class="picker-actions">
        <button type="submit" disabled={busy || !chosen}>
          {busy ? t("matching.picker.saving") : submitLabel}
        </button>{" "}
        <button type="button" class="secondary" onClick={onCancel}>
          {t("matching.picker.cancel")}
        </button>
      </p>
      <Status tone="error" message={error} />
    </form>
  );
}
