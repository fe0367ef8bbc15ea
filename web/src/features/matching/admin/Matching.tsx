/**
 * A program's matching, for its admins and managers: the mode and criteria, a run with its progress,
 * the proposed pairs (a page at a time, filtered by the API) with their edits (lock, swap, remove, ban,
 * assign), publishing, the mentors' response times in mentee's choice, and the mentorships.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { fieldsOf, messageOf, statusOf } from "../../../lib/api";
import { Alert } from "../../../lib/Alert";
import { Status } from "../../../lib/Field";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { ProgramLayout } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { focusSoon } from "../../../lib/focus";
import { useConfirm } from "../../../lib/confirm";
import { useApi, useApiChange } from "../../../lib/query";
import { editPair, FIRST_VIEW, loadRun, loadSettings, publishRun, startRun, type PairEdit, type Run } from "./data";
import { Mentorships } from "./Mentorships";
import { Proposals } from "./Proposals";
import { ResponseTimes } from "./ResponseTimes";
import { RunCard, type PublishState } from "./RunCard";
import { SettingsForm } from "./SettingsForm";
import { UnmatchedList } from "./UnmatchedList";
import { fetchLatestRun, queuedRun, useLatestRun } from "./useLatestRun";
import { Skeleton } from "../../../lib/Skeleton";

export default function Matching() {
  return <RequireSignIn>{() => <MatchingView />}</RequireSignIn>;
}

function MatchingView() {
  const { t } = useT();
  const id = useRoute().params.id!;
  const settingsQuery = useApi(["programs", id, "matching-settings"], () => loadSettings(id));
  const { data: settings, error: loadError } = settingsQuery;
  const latest = useLatestRun(id);
  const [mentorshipsVersion, setMentorshipsVersion] = useState(0);

  return (
    <ProgramLayout
      tab="matching"
      class="matching"
      heading={(name) => (name ? t("matching.admin.titleFor", { program: name }) : t("matching.admin.title"))}
    >
      <Alert message={loadError} />
      {settings ? (
        <SettingsForm id={id} settings={settings} onSaved={settingsQuery.set} />
      ) : (
        !loadError && <Skeleton label={t("matching.admin.loadingSettings")} />
      )}
      {!latest.loaded ? (
        <Skeleton label={t("matching.admin.loadingRun")} />
      ) : (
        <RunSection programId={id} latest={latest} onPublished={() => setMentorshipsVersion((v) => v + 1)} />
      )}
      <ResponseTimes programId={id} mode={settings?.mode} />
      <Mentorships programId={id} version={mentorshipsVersion} />
    </ProgramLayout>
  );
}

type Failure = { menteeId: string; message: string } | null;

function RunSection(props: { programId: string; latest: ReturnType<typeof useLatestRun>; onPublished: () => void }) {
  const { t } = useT();
  const { programId, latest, onPublished } = props;
  const { run, setRun, replace, view } = latest;
  const reload = (runId: string) => replace((v) => loadRun(programId, runId, v));
  const [publish, setPublish] = useState<PublishState>(null);
  const [failure, setFailure] = useState<Failure>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { ask, dialog } = useConfirm();
  const starting = useApiChange(() => startRun(programId));
  const editing = useApiChange(({ runId, change }: { runId: string; change: PairEdit }) =>
    replace((v) => editPair(programId, runId, change, v)),
  );
  const publishing = useApiChange((runId: string) => publishRun(programId, runId));

  const start = async () => {
    setPublish(null);
    setFailure(null);
    setNotice(null);
    const started = await starting.run(undefined, async (err) => {
      // Another run is already under way (perhaps from another tab): follow that one.
      if (statusOf(err) === 409) setRun(await fetchLatestRun(programId).catch(() => run));
    });
    if (started) setRun(queuedRun(started.id, t("matching.run.waitingToStart")));
  };

  const edit = async (change: PairEdit, done?: () => void) => {
    if (!run) return;
    setFailure(null);
    setNotice(null);
    const next = await editing.run({ runId: run.id, change }, async (err) => {
      setFailure({ menteeId: change.menteeId, message: messageOf(err) });
      // Finished elsewhere or published meanwhile: show the run as it is now.
      if (statusOf(err) === 409) await reload(run.id).catch(() => run);
    });
    if (!next) return;
    setNotice(describe(t, change, run, next));
    done?.();
    // The control that had focus may be gone with its row: carry focus to the list it left.
    if (change.action !== "lock" && change.action !== "unlock") {
      focusSoon(change.action === "assign" ? "unmatched-title" : "pairs-title");
    }
  };

  const doPublish = async () => {
    if (!run) return;
    const message = t("matching.publish.message", { count: run.stats.matched });
    const title = t("matching.publish.title");
    if (!(await ask({ title, message, confirmLabel: t("matching.publish.confirm") }))) return;
    setPublish(null);
    const done = await publishing.run(run.id, async (err) => {
      const conflicts = await nameConflicts(t, programId, run, fieldsOf(err));
      setPublish({ kind: "error", message: messageOf(err), conflicts });
    });
    if (!done) return;
    setPublish({ kind: "done", published: done.published });
    await reload(run.id).catch(() => replace(async () => ({ ...run, publishedAt: Date.now() })));
    onPublished();
  };

  const readOnly = !!run?.publishedAt;
  return (
    <>
      {dialog}
      <RunCard
        run={run}
        starting={starting.busy}
        startError={starting.error ?? latest.error}
        publishing={publishing.busy}
        publish={publish}
        onStart={start}
        onPublish={doPublish}
      />
      {run?.status === "done" && (
        <>
          <section aria-labelledby="pairs-title">
            <h2 id="pairs-title" tabIndex={-1}>
              {t("matching.proposals.title", { count: run.stats.matched })}
            </h2>
            {readOnly && <p class="hint">{t("matching.proposals.published")}</p>}
            <Status tone="success" message={notice} />
            <Proposals
              programId={programId}
              run={run}
              view={view}
              onView={latest.show}
              paging={latest.paging}
              pageError={latest.pageError}
              readOnly={readOnly}
              busy={editing.busy}
              failure={failure}
              onEdit={edit}
            />
          </section>
          <section aria-labelledby="unmatched-title">
            <h2 id="unmatched-title" tabIndex={-1}>
              {t("matching.unmatched.title", { count: run.totalUnmatched })}
            </h2>
            <UnmatchedList
              programId={programId}
              run={run}
              onPage={(unmatchedPage) => latest.show({ ...view, unmatchedPage })}
              readOnly={readOnly}
              busy={editing.busy}
              failure={failure}
              onEdit={edit}
            />
          </section>
        </>
      )}
    </>
  );
}

/**
 * The pairs a publish refused, by name. The refusal gives mentee ids; those not on the page being
 * viewed are looked up once in the whole run (only on this rare path).
 */
async function nameConflicts(t: Translate, programId: string, run: Run, fields: Record<string, string>) {
  const ids = Object.keys(fields);
  const onPage = ids.every((id) => run.pairs.some((p) => p.menteeId === id));
  const pairs = onPage
    ? run.pairs
    : await loadRun(programId, run.id, FIRST_VIEW, Math.min(10_000, Math.max(1, run.stats.matched))).then(
        (all) => all.pairs,
        () => run.pairs,
      );
  return ids.map((menteeId) => {
    const pair = pairs.find((p) => p.menteeId === menteeId);
    const who = pair
      ? t("matching.publish.pair", { mentee: pair.menteeName, mentor: pair.mentorName })
      : t("matching.publish.aPair");
    return { who, reason: fields[menteeId]! };
  });
}

/** What an edit did, in words, for the polite status line (the pairs named may be on other pages). */
function describe(t: Translate, change: PairEdit, before: Run, after: Run) {
  const pair = (menteeId: string, run: Run) => run.pairs.find((p) => p.menteeId === menteeId);
  const was = pair(change.menteeId, before);
  const now = pair(change.menteeId, after);
  const mentee =
    was?.menteeName ??
    now?.menteeName ??
    before.unmatched.find((u) => u.personId === change.menteeId)?.name ??
    t("matching.edit.theMentee");
  const mentor = was?.mentorName ?? "";
  switch (change.action) {
    case "lock":
      return t("matching.edit.locked", { mentee, mentor });
    case "unlock":
      return t("matching.edit.unlocked", { mentee, mentor });
    case "remove":
      return t("matching.edit.removed", { mentee });
    case "ban":
      return t("matching.edit.banned", { mentee, mentor });
    case "assign":
      return t("matching.edit.assigned", { mentee, mentor: now?.mentorName ?? t("matching.edit.theMentor") });
    case "swap": {
      const other = pair(change.otherMenteeId, after);
      const mentorNow = now?.mentorName ?? t("matching.edit.theOtherMentor");
      return other
        ? t("matching.edit.swappedBoth", {
            mentee,
            mentor: mentorNow,
            other: other.menteeName,
            otherMentor: other.mentorName,
          })
        : t("matching.edit.swapped", { mentee, mentor: mentorNow });
    }
  }
}
