/**
 * The program's latest run: loaded on open, polled every second while it is queued or running, and
 * shown a page of pairs at a time (the page and filter are the `view`; the API pages and filters).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { messageOf } from "../../../lib/api";
import { FIRST_VIEW, listRuns, loadRun, peekRun, type Run, type View } from "./data";

export const isWorking = (status: Run["status"]) => status === "queued" || status === "running";

/** A run as the page shows it: one page of its pairs once it is finished, only its status before. */
async function fetchRun(programId: string, runId: string, view: View) {
  const peek = await peekRun(programId, runId);
  return isWorking(peek.status) ? peek : loadRun(programId, runId, view);
}

/** A run the API has just accepted (202): queued, until the first poll says more. */
export const queuedRun = (id: string): Run => ({
  id,
  status: "queued",
  progress: "Waiting to start",
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
  const [run, setRun] = useState<Run | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>(FIRST_VIEW);
  const [paging, setPaging] = useState(false);
  const [pageError, setPageError] = useState<string | null>(null);
  const viewNow = useRef(view);
  viewNow.current = view;
  // Each answer that replaces the run takes a number; an older answer arriving late is dropped.
  const latest = useRef(0);

  useEffect(() => {
    let live = true;
    fetchLatestRun(programId).then(
      (r) => live && (setRun(r), setLoaded(true)),
      (e) => live && (setError(messageOf(e)), setLoaded(true)),
    );
    return () => {
      live = false;
    };
  }, [programId]);

  useEffect(() => {
    if (!run || !isWorking(run.status)) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const next = await fetchRun(programId, run.id, viewNow.current);
        if (live) (setError(null), setRun(next));
      } catch (e) {
        // Keep polling through a passing network failure, saying so meanwhile.
        if (live) (setError(messageOf(e)), setRun({ ...run }));
      }
    }, 1000);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [programId, run]);

  /** Replaces the run with what `load` answers for the current view, unless a newer answer came first. */
  const replace = async (load: (view: View) => Promise<Run>) => {
    const mine = ++latest.current;
    const next = await load(viewNow.current);
    if (mine === latest.current) setRun(next);
    return next;
  };

  /** Shows another page of the pairs, or another filter. */
  const show = async (next: View) => {
    setView(next);
    viewNow.current = next;
    if (run?.status !== "done") return;
    setPaging(true);
    const mine = latest.current + 1;
    try {
      await replace((v) => loadRun(programId, run.id, v));
      setPageError(null);
    } catch (e) {
      if (mine === latest.current) setPageError(messageOf(e));
    } finally {
      if (mine === latest.current) setPaging(false);
    }
  };

  /** Forgets the view: a new run starts at its first page, unfiltered. */
  const restart = (next: Run | null) => {
    setView(FIRST_VIEW);
    viewNow.current = FIRST_VIEW;
    latest.current++;
    setRun(next);
  };

  return { run, setRun: restart, replace, loaded, error, view, show, paging, pageError };
}
