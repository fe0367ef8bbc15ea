/** Starting a run, its progress while it is solved, its totals, and publishing it. */
import { Status } from "../../../lib/Field";
import { formatDateTime } from "../../../lib/dates";
import { useT } from "../i18n";
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
  const { t } = useT();
  const working = run?.status === "queued" || run?.status === "running";
  const done = run?.status === "done";
  return (
    <section class="card" aria-labelledby="run-title">
      <h2 id="run-title">{t("matching.run.title")}</h2>
      <p class="hint">{t("matching.run.intro")}</p>
      <p>
        <button type="button" onClick={onStart} disabled={starting || working}>
          {starting
            ? t("matching.run.starting")
            : working
              ? t("matching.run.matching")
              : run
                ? t("matching.run.again")
                : t("matching.run.start")}
        </button>
      </p>
      <Status tone="error" message={startError} />
      {/* Always in the page, so screen readers announce the progress and the end of a run. */}
      <div class="run-progress" role="status" aria-live="polite">
        {working && (
          <>
            <span class="spinner" aria-hidden="true" />
            <span>{t("matching.run.progress", { status: run.status, progress: run.progress })}</span>
          </>
        )}
        {done && !run.publishedAt && (
          <span class="sr-only">
            {t("matching.run.finished", { count: run.stats.matched, unmatched: run.totalUnmatched })}
          </span>
        )}
      </div>
      {!run ? (
        <p class="empty">{t("matching.run.none")}</p>
      ) : working ? null : run.status === "failed" ? (
        <div role="alert">
          <p class="status error">
            {run.error
              ? t("matching.run.failed", { time: formatDateTime(run.createdAt), error: run.error })
              : t("matching.run.failedNoReason", { time: formatDateTime(run.createdAt) })}
          </p>
          <button type="button" onClick={onStart} disabled={starting}>
            {t("matching.run.tryAgain")}
          </button>
        </div>
      ) : (
        <>
          <p class="hint">
            {run.publishedAt
              ? t("matching.run.ofPublished", {
                  time: formatDateTime(run.createdAt),
                  published: formatDateTime(run.publishedAt),
                })
              : t("matching.run.of", { time: formatDateTime(run.createdAt) })}
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
          {publishing
            ? t("matching.run.publishing")
            : run?.publishedAt
              ? t("matching.run.published")
              : t("matching.run.publish")}
        </button>
      </p>
      <p class="hint">{t("matching.run.publishHint")}</p>
      <PublishResult state={publish} />
    </section>
  );
}

function Stats({ run }: { run: Run }) {
  const { t, language } = useT();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const { matched, totalScore } = run.stats;
  return (
    <dl class="run-stats">
      <div>
        <dt>{t("matching.run.pairs")}</dt>
        <dd>{number.format(matched)}</dd>
      </div>
      <div>
        <dt>{t("matching.run.totalScore")}</dt>
        <dd>{number.format(totalScore)}</dd>
      </div>
      <div>
        <dt>{t("matching.run.averageScore")}</dt>
        <dd>{matched ? number.format(totalScore / matched) : "—"}</dd>
      </div>
      <div>
        <dt>{t("matching.run.unmatched")}</dt>
        <dd>{number.format(run.totalUnmatched)}</dd>
      </div>
    </dl>
  );
}

function PublishResult({ state }: { state: PublishState }) {
  const { t } = useT();
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
      message={state?.kind === "done" ? t("matching.publish.done", { count: state.published }) : null}
    />
  );
}
