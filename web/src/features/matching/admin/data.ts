/** The matching page's API calls; the shapes they answer with are the typed client's. */
import { api, ok } from "../../../lib/api";

export type Settings = Awaited<ReturnType<typeof loadSettings>>;
export type SettingsUpdate = Parameters<(typeof api.programs)[":id"]["matching"]["$put"]>[0]["json"];
export type Run = Awaited<ReturnType<typeof loadRunPage>>;
export type Pair = Run["pairs"][number];
export type PairEdit = Parameters<(typeof api.programs)[":id"]["match-runs"][":runId"]["pairs"]["$post"]>[0]["json"];
export type RunMentor = Awaited<ReturnType<typeof loadRunMentors>>["items"][number];
export type Mentorship = Awaited<ReturnType<typeof loadMentorships>>["items"][number];
export type MentorshipStatus = NonNullable<
  Parameters<(typeof api.programs)[":id"]["mentorships"]["$get"]>[0]["query"]["status"]
>;
export type ResponseTime = Awaited<ReturnType<typeof loadResponseTimes>>["items"][number];

/** Which page of a run's pairs is shown, and the filter on their names and emails (applied by the API). */
export type View = { page: number; q: string; unmatchedPage: number };
export const FIRST_VIEW: View = { page: 1, q: "", unmatchedPage: 1 };

/** Pairs a page. */
export const PAIRS_PAGE = 50;

const runQuery = ({ page, q, unmatchedPage }: View, pageSize = PAIRS_PAGE) => ({
  page: String(page),
  pageSize: String(pageSize),
  unmatchedPage: String(unmatchedPage),
  ...(q ? { q } : {}),
});

export const loadSettings = (id: string) => ok(api.programs[":id"].matching.$get({ param: { id } }));

export const saveSettings = (id: string, json: SettingsUpdate) =>
  ok(api.programs[":id"].matching.$put({ param: { id }, json }));

export const listRuns = (id: string) => ok(api.programs[":id"]["match-runs"].$get({ param: { id } }));

export const startRun = (id: string) => ok(api.programs[":id"]["match-runs"].$post({ param: { id } }));

const loadRunPage = (id: string, runId: string, view: View, pageSize?: number) =>
  ok(api.programs[":id"]["match-runs"][":runId"].$get({ param: { id, runId }, query: runQuery(view, pageSize) }));

/** The run's status only (one pair at most): cheap enough to poll every second. */
export const peekRun = (id: string, runId: string) => loadRunPage(id, runId, FIRST_VIEW, 1);

/**
 * A page of the run's pairs (those matching `view.q`) and of its unmatched people. When an edit or a
 * narrower filter leaves either page past the last one, `refetch` asks for the last page instead.
 */
async function withinPages(run: Run, refetch: (pages: Pick<View, "page" | "unmatchedPage">) => Promise<Run>) {
  const last = Math.max(1, Math.ceil(run.totalPairs / run.pageSize));
  const lastUnmatched = Math.max(1, Math.ceil(run.totalUnmatched / run.unmatchedPageSize));
  return run.page > last || run.unmatchedPage > lastUnmatched
    ? refetch({ page: Math.min(run.page, last), unmatchedPage: Math.min(run.unmatchedPage, lastUnmatched) })
    : run;
}

export const loadRun = async (id: string, runId: string, view: View, pageSize?: number) =>
  withinPages(await loadRunPage(id, runId, view, pageSize), (pages) =>
    loadRunPage(id, runId, { ...view, ...pages }, pageSize),
  );

/** Applies an edit; the API answers with the run at the page and filter being viewed. */
export const editPair = async (id: string, runId: string, json: PairEdit, view: View) =>
  withinPages(
    await ok(
      api.programs[":id"]["match-runs"][":runId"].pairs.$post({ param: { id, runId }, query: runQuery(view), json }),
    ),
    (pages) => loadRunPage(id, runId, { ...view, ...pages }),
  );

export const publishRun = (id: string, runId: string) =>
  ok(api.programs[":id"]["match-runs"][":runId"].publish.$post({ param: { id, runId } }));

/** Every active mentor of the program, with their free seats and how many mentees the run gives each. */
export const loadRunMentors = (id: string, runId: string) =>
  ok(api.programs[":id"]["match-runs"][":runId"].mentors.$get({ param: { id, runId } }));

export const loadMentorships = (id: string, page: number, status: MentorshipStatus | "") =>
  ok(
    api.programs[":id"].mentorships.$get({
      param: { id },
      query: { page: String(page), pageSize: "25", ...(status ? { status } : {}) },
    }),
  );

/** Each mentor's requests in mentee's-choice matching and how quickly they answer. */
export const loadResponseTimes = (id: string) => ok(api.programs[":id"]["mentor-responses"].$get({ param: { id } }));
