/**
 * Mentor requests: the ones waiting for my answer as a mentor (accept, or decline so it moves on),
 * and the ones I sent as a mentee with where each stands.
 */
import { useState } from "preact/hooks";
import { api, codeOf, messageOf, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { ConfirmDialog } from "../../lib/Dialog";
import { Status, type StatusMessage } from "../../lib/Field";
import { loadMyRequests, waitingIn, type ReceivedRequest } from "./myRequests";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { focusSoon, useHashTarget } from "../../lib/focus";
import { isMenteeRole, isMentorRole } from "../../lib/roles";
import { useSession, type Me } from "../../lib/session";
import { MentorAvailability } from "./MentorAvailability";
import { useApiChange } from "../../lib/query";
import { useApiPages } from "../../lib/pages";
import { ReceivedCard, type CardError } from "./requests/ReceivedCard";
import { SentCard } from "./requests/SentCard";
import { Skeleton } from "../../lib/Skeleton";

export default function Requests() {
  return <RequireSignIn>{(me) => <RequestsView me={me} />}</RequireSignIn>;
}

/** Answered meanwhile (or lapsed): its card goes, so the page says why. */
const isGone = (err: unknown) => codeOf(err) === "not_pending";
const gone = (r: ReceivedRequest, err: unknown): StatusMessage => ({
  text: `${r.mentee.name}'s request: ${messageOf(err)}`,
  tone: "error",
});

function RequestsView({ me }: { me: Me }) {
  const active = me.enrollments.filter((e) => e.status === "active");
  const isMentor = active.some((e) => isMentorRole(e.role));
  const isMentee = active.some((e) => isMenteeRole(e.role));
  // Where a paused mentor resumes: the mail that says they were paused links here.
  const mentoring = active.filter((e) => isMentorRole(e.role) && e.program.matchMode !== "admin");
  const { refresh } = useSession();
  const { pages, error, reload, hasMore, loadingMore, showMore } = useApiPages(["me", "requests"], loadMyRequests);
  // The sent list and the counts are the same on every page; the waiting requests add up page by page.
  const data = pages && { ...pages[0]!, received: pages.flatMap((p) => p.received) };
  useHashTarget(!!data);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [cardErrors, setCardErrors] = useState<Record<string, CardError>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [declining, setDeclining] = useState<ReceivedRequest | null>(null);

  /** Says how an answer went, reloads (the answered card goes) and takes focus back to the list. */
  const settle = async (said: StatusMessage) => {
    setStatus(said);
    await reload();
    focusSoon("received-heading");
  };

  const accepting = useApiChange((r: ReceivedRequest) => ok(api.requests[":id"].accept.$post({ param: { id: r.id } })));
  const accept = async (r: ReceivedRequest) => {
    setBusy(r.id);
    setStatus(null);
    setCardErrors({});
    let failure: unknown;
    const done = await accepting.run(r, (err) => (failure = err));
    if (done !== null) {
      await settle({
        text: `You accepted. You are now ${r.mentee.name}'s mentor in ${r.programName}; we emailed them. Your dashboard has their details.`,
        tone: "success",
      });
    } else if (isGone(failure)) await settle(gone(r, failure));
    else setCardErrors({ [r.id]: { text: messageOf(failure), code: codeOf(failure) } });
    setBusy(null);
  };

  const decline = async (r: ReceivedRequest) => {
    try {
      await ok(api.requests[":id"].decline.$post({ param: { id: r.id } }));
    } catch (err) {
      if (!isGone(err)) throw err;
      setDeclining(null);
      await settle(gone(r, err));
      return;
    }
    setDeclining(null);
    await settle({
      text: `You declined ${r.mentee.name}'s request. It moves on to their next choice.`,
      tone: "success",
    });
  };

  const showReceived = data && (isMentor || data.received.length > 0);
  const waitingTotal = data ? data.waiting.reduce((n, w) => n + w.count, 0) : 0;
  const showSent = data && (isMentee || data.sent.length > 0);
  return (
    <section>
      <h1>Mentor requests</h1>
      <Status tone={status?.tone} message={status?.text} />
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
      {!data && !error && <Skeleton label="Loading your requests" />}
      {showReceived && (
        <h2 id="received-heading" tabIndex={-1}>
          Waiting for your answer
        </h2>
      )}
      {showReceived &&
        (data.received.length === 0 ? (
          <p class="empty">No requests are waiting for your answer. When a mentee chooses you, it shows up here.</p>
        ) : (
          <ul class="cards">
            {data.received.map((r) => (
              <ReceivedCard
                key={r.id}
                r={r}
                busy={busy === r.id}
                error={cardErrors[r.id]}
                onAccept={() => accept(r)}
                onDecline={() => setDeclining(r)}
              />
            ))}
          </ul>
        ))}
      {showReceived && hasMore && (
        <p>
          <button type="button" class="secondary" disabled={loadingMore} onClick={showMore}>
            {loadingMore ? "Loading…" : "Show more"}
          </button>{" "}
          <span class="hint">
            {data.received.length} of {waitingTotal} shown
          </span>
        </p>
      )}
      {declining && (
        <ConfirmDialog
          title={`Decline ${declining.mentee.name}'s request?`}
          confirmLabel="Decline request"
          danger
          cancelLabel="Keep it"
          onConfirm={() => decline(declining)}
          onClose={() => setDeclining(null)}
        >
          <p>
            That is fine: it moves on to their next choice by itself, or the organisers help them find someone. They are
            not told a reason.
          </p>
        </ConfirmDialog>
      )}
      {data && mentoring.length > 0 && (
        <>
          <h2 id="availability">Your availability</h2>
          {mentoring.map((e) => (
            <div key={e.programId}>
              <h3>{e.program.name}</h3>
              <MentorAvailability e={e} waiting={waitingIn(data, e.programId)} onChanged={refresh} />
            </div>
          ))}
        </>
      )}
      {showSent && <h2>Requests you sent</h2>}
      {showSent &&
        (data.sent.length === 0 ? (
          <p class="empty">You have not asked a mentor yet.</p>
        ) : (
          <ul class="cards sent-list">
            {data.sent.map((r) => (
              <SentCard key={r.id} r={r} />
            ))}
          </ul>
        ))}
      {data && !isMentor && !isMentee && data.received.length + data.sent.length === 0 && (
        <p class="empty">
          Nothing here yet. Requests show up here when you mentor, or are a mentee, in a program where mentees choose
          their mentor.
        </p>
      )}
    </section>
  );
}
