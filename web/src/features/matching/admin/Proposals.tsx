/** A run's proposed pairs, a page at a time and filtered by the API (50 a page), each with its edits. */
import { Fragment, type ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Alert } from "../../../lib/Alert";
import { Pager } from "../../../lib/Pager";
import type { Pair, PairEdit, Run, View } from "./data";
import { SwapPicker } from "./Pickers";
import { useConfirm } from "../../../lib/confirm";
import { Table } from "../../../lib/Table";
import { PersonCell } from "./PersonCell";
import { WatchOut } from "../../../lib/WatchOut";
import { reasonsSentence } from "../../../lib/reasons";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { Tag } from "../../../lib/StatusTag";

const explain = (t: Translate, reasons: string[]) =>
  reasons.length ? reasonsSentence(reasons) : t("matching.proposals.noFit");

const columns = (t: Translate) => ({
  mentor: t("matching.proposals.mentor"),
  mentee: t("matching.mentee"),
  score: t("matching.proposals.score"),
  why: t("matching.proposals.why"),
  lock: t("matching.proposals.lock"),
  actions: t("matching.proposals.actions"),
});
const COLUMN_COUNT = 6;

type Props = {
  programId: string;
  run: Run;
  view: View;
  onView: (view: View) => void;
  /** A page or filter is on its way. */
  paging: boolean;
  pageError: string | null;
  /** Published or otherwise not editable. */
  readOnly: boolean;
  busy: boolean;
  /** The failure of the last edit, shown by the row it was about. */
  failure: { menteeId: string; message: string } | null;
  onEdit: (edit: PairEdit, done?: () => void) => void;
};

export function Proposals(props: Props) {
  const { programId, run, view, onView, paging, pageError, readOnly, busy, failure, onEdit } = props;
  const { t } = useT();
  const [filter, setFilter] = useState(view.q);
  const [swapping, setSwapping] = useState<string | null>(null);
  useEffect(() => {
    const q = filter.trim();
    if (q === view.q) return;
    const t = setTimeout(() => onView({ ...view, page: 1, q }), 250);
    return () => clearTimeout(t);
  }, [filter]);

  if (run.stats.matched === 0 && !view.q) return <p class="empty">{t("matching.proposals.none")}</p>;
  const panel = (children: ComponentChildren) => (
    <tr class="row-panel">
      <td colSpan={COLUMN_COUNT}>{children}</td>
    </tr>
  );
  return (
    <>
      <div class="filters" role="search">
        <label>
          {t("matching.proposals.filter")}
          <input
            type="search"
            value={filter}
            placeholder={t("matching.proposals.placeholder")}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {paging
          ? t("matching.proposals.searching")
          : view.q
            ? t("matching.proposals.matches", { shown: run.totalPairs, count: run.stats.matched, q: view.q })
            : ""}
      </p>
      <Alert message={pageError} />
      {run.totalPairs === 0 ? (
        <p class="empty">{t("matching.proposals.noMatch", { q: view.q })}</p>
      ) : (
        <Table
          caption={t("matching.proposals.caption")}
          columns={Object.values(columns(t))}
          class="stack proposals"
          busy={paging}
        >
          {run.pairs.map((p) => (
            <Fragment key={p.menteeId}>
              <PairRow
                pair={p}
                disabled={readOnly || busy}
                onEdit={onEdit}
                swapOpen={swapping === p.menteeId}
                onSwap={() => setSwapping(swapping === p.menteeId ? null : p.menteeId)}
              />
              {swapping === p.menteeId && !readOnly
                ? panel(
                    <SwapPicker
                      programId={programId}
                      runId={run.id}
                      pair={p}
                      busy={busy}
                      error={failure?.menteeId === p.menteeId ? failure.message : null}
                      onSubmit={(other) =>
                        onEdit({ action: "swap", menteeId: p.menteeId, otherMenteeId: other }, () => setSwapping(null))
                      }
                      onCancel={() => setSwapping(null)}
                    />,
                  )
                : failure?.menteeId === p.menteeId && panel(<Alert message={failure.message} />)}
            </Fragment>
          ))}
        </Table>
      )}
      {run.totalPairs > run.pageSize && (
        <Pager
          page={run.page}
          pageSize={run.pageSize}
          total={run.totalPairs}
          onPage={(page) => onView({ ...view, page })}
        />
      )}
    </>
  );
}

function PairRow(props: {
  pair: Pair;
  disabled: boolean;
  swapOpen: boolean;
  onSwap: () => void;
  onEdit: Props["onEdit"];
}) {
  const { pair: p, disabled, swapOpen, onSwap, onEdit } = props;
  const { t } = useT();
  const c = columns(t);
  const { ask, dialog } = useConfirm();
  const ban = async () => {
    const yes = await ask({
      title: t("matching.proposals.banTitle"),
      message: t("matching.proposals.banText", { mentor: p.mentorName, mentee: p.menteeName }),
      confirmLabel: t("matching.proposals.banConfirm"),
      danger: true,
    });
    if (yes) onEdit({ action: "ban", menteeId: p.menteeId });
  };
  const action = (label: string, onClick: () => void, extra?: { danger?: boolean; expanded?: boolean }) => (
    <button
      type="button"
      class={`secondary small${extra?.danger ? " danger" : ""}`}
      disabled={disabled}
      aria-expanded={extra?.expanded}
      onClick={onClick}
    >
      {label}
      <span class="sr-only"> {t("matching.proposals.which", { mentee: p.menteeName, mentor: p.mentorName })}</span>
    </button>
  );
  return (
    <tr>
      <PersonCell label={c.mentor} name={p.mentorName} email={p.mentorEmail} />
      <PersonCell label={c.mentee} name={p.menteeName} email={p.menteeEmail} />
      <td data-label={c.score}>{Math.round(p.score)}</td>
      <td data-label={c.why} class="pair-why">
        {explain(t, p.reasons)}
        <WatchOut items={p.watchOut} as="span" />
      </td>
      <td data-label={c.lock}>
        <Tag tone={p.locked ? "info" : "neutral"}>
          {p.locked ? t("matching.proposals.locked") : t("matching.proposals.notLocked")}
        </Tag>
      </td>
      <td data-label={c.actions}>
        <span class="row-actions">
          {action(p.locked ? t("matching.proposals.unlock") : t("matching.proposals.lockIt"), () =>
            onEdit({ action: p.locked ? "unlock" : "lock", menteeId: p.menteeId }),
          )}
          {action(t("matching.proposals.swap"), onSwap, { expanded: swapOpen })}
          {action(t("matching.proposals.remove"), () => onEdit({ action: "remove", menteeId: p.menteeId }))}
          {action(t("matching.proposals.ban"), ban, { danger: true })}
        </span>
        {dialog}
      </td>
    </tr>
  );
}
