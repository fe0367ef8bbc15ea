/** Starting a run, its progress while it is solved, its totals, and publishing it. */
import { Status } from "../../../lib/Field";
import { formatDateTime } from "../../../lib/dates";
import type { Run } from "./data";

export type PublishState =
  | { kind: "done"; published: number }
  | { kind: "error"; message: string; conflicts: { who: string; reason: string }[] }
  | null;

type Props = {
  run: Run | null;
  starting: boolean;
  startError: string | null;
  publishing: boolean;
  publish: PublishState;
  onStart: () => void;
  onPublish: () => void;
};

export function RunCard({ run, starting, startError, publishing, publish, onStart, onPublish }: Props) {
  const working = run?.status === "queued" || run?.status === "running";
  const done = run?.status === "done";
  return (
    <section class="card" aria-labelledby="run-title">
      <h2 id="run-title">Run</h2>
      <p class="hint">
        Matching pairs every mentee who has no mentor yet with the best mentor who has a free seat. Locked pairs stay as
        they are. Nobody is told anything until you publish.
      </p>
      <p>
        <button type="button" onClick={onStart} disabled={starting || working}>
          {starting ? "Starting…" : working ? "Matching…" : run ? "Run matching again" : "Run matching"}
        </button>
      </p>
      <Status tone="error" message={startError} />
      {/* Always in the page, so screen readers announce the progress and the end of a run. */}
      <div class="run-progress" role="status" aria-live="polite">
        {working && (
          <>
            <span class="spinner" aria-hidden="true" />
            <span>
              {run.status === "queued" ? "Queued" : "Running"}: {run.progress}…
            </span>
          </>
        )}
        {done && !run.publishedAt && (
          <span class="sr-only">
            Matching finished: {run.stats.matched} {run.stats.matched === 1 ? "pair" : "pairs"}, {run.totalUnmatched}{" "}
            not matched.
          </span>
        )}
      </div>
      {!run ? (
        <p class="empty">No run yet. Save your settings, then run matching.</p>
      ) : working ? null : run.status === "failed" ? (
        <div role="alert">
          <p class="status error">
            The run of {formatDateTime(run.createdAt)} failed: {run.error ?? "no reason was given"}.
          </p>
          <button type="button" onClick={onStart} disabled={starting}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <p class="hint">
            Run of {formatDateTime(run.createdAt)}
            {run.publishedAt ? `, published ${formatDateTime(run.publishedAt)}` : ", not published yet"}.
          </p>
          <Stats run={run} />
        </>
      )}
      <p>
        <button
          type="button"
          onClick={onPublish}
          disabled={!done || !!run?.publishedAt || publishing || run.stats.matched === 0}
        >
          {publishing ? "Publishing…" : run?.publishedAt ? "Published" : "Publish pairs"}
        </button>
      </p>
      <p class="hint">Publishing makes each pair an active mentorship and emails both people.</p>
      <PublishResult state={publish} />
    </section>
  );
}

function Stats({ run }: { run: Run }) {
  const { matched, totalScore } = run.stats;
  return (
    <dl class="run-stats">
      <div>
        <dt>Pairs</dt>
        <dd>{matched}</dd>
      </div>
      <div>
        <dt>Total score</dt>
        <dd>{Math.round(totalScore)}</dd>
      </div>
      <div>
        <dt>Average score</dt>
        <dd>{matched ? Math.round(totalScore / matched) : "—"}</dd>
      </div>
      <div>
        <dt>Unmatched</dt>
        <dd>{run.totalUnmatched}</dd>
      </div>
    </dl>
  );
}

function PublishResult({ state }: { state: PublishState }) {
  if (state?.kind === "error") {
    return (
      <div role="alert">
        <p class="status error">{state.message}</p>
        {state.conflicts.length > 0 && (
          <ul class="row-errors">
            {state.conflicts.map((c) => (
              <li key={c.who}>
                {c.who}: {c.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <Status
      tone="success"
      message={
        state?.kind === "done" ? `Published ${state.published} mentorship${state.published === 1 ? "" : "s"}.` : null
      }
    />
  );
}
