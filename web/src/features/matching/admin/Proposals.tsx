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

export const explain = (reasons: string[]) => (reasons.length ? `${reasons.join("; ")}.` : "No particular fit noted.");

const COLUMNS = ["Mentor", "Mentee", "Score", "Why they fit", "Lock", "Actions"];

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
  const [filter, setFilter] = useState(view.q);
  const [swapping, setSwapping] = useState<string | null>(null);
  useEffect(() => {
    const q = filter.trim();
    if (q === view.q) return;
    const t = setTimeout(() => onView({ ...view, page: 1, q }), 250);
    return () => clearTimeout(t);
  }, [filter]);

  if (run.stats.matched === 0 && !view.q) return <p class="empty">This run proposes no pairs.</p>;
  const panel = (children: ComponentChildren) => (
    <tr class="row-panel">
      <td colSpan={COLUMNS.length}>{children}</td>
    </tr>
  );
  return (
    <>
      <div class="filters" role="search">
        <label>
          Filter pairs
          <input
            type="search"
            value={filter}
            placeholder="Name or email"
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {paging
          ? "Searching…"
          : view.q
            ? `${run.totalPairs} of ${run.stats.matched} ${run.stats.matched === 1 ? "pair matches" : "pairs match"} “${view.q}”.`
            : ""}
      </p>
      <Alert message={pageError} />
      {run.totalPairs === 0 ? (
        <p class="empty">No pair matches “{view.q}”.</p>
      ) : (
        <Table caption="Proposed pairs" columns={COLUMNS} class="stack proposals" busy={paging}>
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
  const { ask, dialog } = useConfirm();
  const ban = async () => {
    const yes = await ask({
      title: "Ban this pair?",
      message: `Ban ${p.mentorName} and ${p.menteeName} from ever being paired in this program?`,
      confirmLabel: "Ban them",
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
      <span class="sr-only">
        {" "}
        {p.menteeName} with {p.mentorName}
      </span>
    </button>
  );
  return (
    <tr>
      <PersonCell label="Mentor" name={p.mentorName} email={p.mentorEmail} />
      <PersonCell label="Mentee" name={p.menteeName} email={p.menteeEmail} />
      <td data-label="Score">{Math.round(p.score)}</td>
      <td data-label="Why they fit" class="pair-why">
        {explain(p.reasons)}
        <WatchOut items={p.watchOut} as="span" />
      </td>
      <td data-label="Lock">
        <span class="tag" data-tone={p.locked ? "info" : "neutral"}>
          {p.locked ? "Locked" : "Not locked"}
        </span>
      </td>
      <td data-label="Actions">
        <span class="row-actions">
          {action(p.locked ? "Unlock" : "Lock", () =>
            onEdit({ action: p.locked ? "unlock" : "lock", menteeId: p.menteeId }),
          )}
          {action("Swap", onSwap, { expanded: swapOpen })}
          {action("Remove", () => onEdit({ action: "remove", menteeId: p.menteeId }))}
          {action("Ban", ban, { danger: true })}
        </span>
        {dialog}
      </td>
    </tr>
  );
}
