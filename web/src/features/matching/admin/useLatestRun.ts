/**
 * The program's latest run: loaded on open, polled every second while it is queued or running, and
 * shown a page of pairs at a time (the page and filter are the `view`; the API pages and filters).
 */
import { useRef, useState } from "preact/hooks";
import { useApi, useQueryClient } from "../../../lib/query";
import { FIRST_VIEW, listRuns, loadRun, peekRun, type Run, type View } from "./data";

export const isWorking = (status: Run["status"]) => status === "queued" || status === "running";

/** A run as the page shows it: one page of its pairs once it is finished, only its status before. */
async function fetchRun(programId: string, runId: string, view: View) {
  const peek = await peekRun(programId, runId);
  return isWorking(peek.status) ? peek : loadRun(programId, runId, view);
}

/** A run the API has just accepted (202): queued, until the first poll says more (in `progress`'s words). */
export const queuedRun = (id: string, progress: string): Run => ({
  id,
  status: "queued",
  progress,
  error: null,
  stats: { matched: 0, totalScore: 0 },
  createdAt: Date.now(),
  startedAt: null,
  finishedAt: null,
  publishedAt: null,
  pairs: [],
  unmatched: [],
  page: 1,
  pageSize: 1,
  totalPairs: 0,
  unmatchedPage: 1,
  unmatchedPageSize: 1,
  totalUnmatched: 0,
});

export async function fetchLatestRun(programId: string, view: View = FIRST_VIEW) {
  const { items } = await listRuns(programId);
  return items[0] ? fetchRun(programId, items[0].id, view) : null;
}

export function useLatestRun(programId: string) {
  const client = useQueryClient();
  const runs = useApi(["programs", programId, "match-runs"], () => listRuns(programId));
  // A run started (or followed) from this page replaces the newest one the list gave.
  const [started, setStarted] = useState<{ id: string | null } | null>(null);
  const runId = started ? started.id : (runs.data?.items[0]?.id ?? null);
  const [view, setView] = useState<View>(FIRST_VIEW);
  const keyOf = (id: string, v: View) => ["programs", programId, "match-runs", id, v];
  const loaded = useApi(keyOf(runId ?? "", view), () => fetchRun(programId, runId!, view), {
    enabled: !!runId,
    keepPrevious: true,
    // A page left behind is asked afresh when shown again: an edit may have changed it meanwhile.
    gcTime: 0,
    // Polled while it works, through a passing network failure too (the error shows meanwhile).
    refetchInterval: (run) => (run && isWorking(run.status) ? 1000 : false),
  });
  // A page that failed to load leaves the last one on screen, with the failure beside it.
  const shown = useRef<Run | null>(null);
  if (loaded.data) shown.current = loaded.data;
  const run = runId ? (loaded.data ?? shown.current) : null;
  const done = run?.status === "done";

  /** Puts what `load` answers for the current view in place of the run. */
  const replace = async (load: (view: View) => Promise<Run>) => {
    const next = await load(view);
    client.setQueryData(keyOf(next.id, view), next);
    return next;
  };

  /** Forgets the view: a new run starts at its first page, unfiltered. */
  const restart = (next: Run | null) => {
    if (next) client.setQueryData(keyOf(next.id, FIRST_VIEW), next);
    setView(FIRST_VIEW);
    setStarted({ id: next?.id ?? null });
  };

  return {
    run,
    setRun: restart,
    replace,
    loaded: !!runs.error || (!!runs.data && (!runId || !!run || !!loaded.error)),
    error: runs.error ?? (done ? null : loaded.error),
    view,
    /** Shows another page of the pairs, or another filter. */
    show: setView,
    paging: done && loaded.fetching,
    pageError: done ? loaded.error : null,
  };
}
