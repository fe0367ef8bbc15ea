/**
 * Mentor requests: the ones waiting for my answer as a mentor (accept, or decline so it moves on),
 * and the ones I sent as a mentee with where each stands.
 */
import { useState } from "preact/hooks";
import { api, codeOf, messageOf, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { ConfirmDialog } from "../../lib/Dialog";
import { Status, type StatusMessage } from "../../lib/Field";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";
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
const gone = (t: Translate, r: ReceivedRequest, err: unknown): StatusMessage => ({
  text: t("matching.requests.gone", { name: r.mentee.name, message: messageOf(err) }),
  tone: "error",
});

function RequestsView({ me }: { me: Me }) {
  const { t } = useT();
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
        text: t("matching.requests.accepted", { name: r.mentee.name, program: r.programName }),
        tone: "success",
      });
    } else if (isGone(failure)) await settle(gone(t, r, failure));
    else setCardErrors({ [r.id]: { text: messageOf(failure), code: codeOf(failure) } });
    setBusy(null);
  };

  const decline = async (r: ReceivedRequest) => {
    try {
      await ok(api.requests[":id"].decline.$post({ param: { id: r.id } }));
    } catch (err) {
      if (!isGone(err)) throw err;
      setDeclining(null);
      await settle(gone(t, r, err));
      return;
    }
    setDeclining(null);
    await settle({
      text: t("matching.requests.declined", { name: r.mentee.name }),
      tone: "success",
    });
  };

  const showReceived = data && (isMentor || data.received.length > 0);
  const waitingTotal = data ? data.waiting.reduce((n, w) => n + w.count, 0) : 0;
  const showSent = data && (isMentee || data.sent.length > 0);
  return (
    <section>
      <h1>{t("matching.requests.title")}</h1>
      <Status tone={status?.tone} message={status?.text} />
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
      {!data && !error && <Skeleton label={t("matching.requests.loading")} />}
      {showReceived && (
        <h2 id="received-heading" tabIndex={-1}>
          {t("matching.requests.waiting")}
        </h2>
      )}
      {showReceived &&
        (data.received.length === 0 ? (
          <p class="empty">{t("matching.requests.noneWaiting")}</p>
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
            {loadingMore ? t("matching.requests.loadingMore") : t("matching.requests.showMore")}
          </button>{" "}
          <span class="hint">{t("matching.requests.shown", { shown: data.received.length, total: waitingTotal })}</span>
        </p>
      )}
      {declining && (
        <ConfirmDialog
          title={t("matching.requests.declineTitle", { name: declining.mentee.name })}
          confirmLabel={t("matching.requests.declineConfirm")}
          danger
          cancelLabel={t("matching.requests.keep")}
          onConfirm={() => decline(declining)}
          onClose={() => setDeclining(null)}
        >
          <p>{t("matching.requests.declineText")}</p>
        </ConfirmDialog>
      )}
      {data && mentoring.length > 0 && (
        <>
          <h2 id="availability">{t("matching.requests.availability")}</h2>
          {mentoring.map((e) => (
            <div key={e.programId}>
              <h3>{e.program.name}</h3>
              <MentorAvailability e={e} waiting={waitingIn(data, e.programId)} onChanged={refresh} />
            </div>
          ))}
        </>
      )}
      {showSent && <h2>{t("matching.requests.sent")}</h2>}
      {showSent &&
        (data.sent.length === 0 ? (
          <p class="empty">{t("matching.requests.noneSent")}</p>
        ) : (
          <ul class="cards sent-list">
            {data.sent.map((r) => (
              <SentCard key={r.id} r={r} />
            ))}
          </ul>
        ))}
      {data && !isMentor && !isMentee && data.received.length + data.sent.length === 0 && (
        <p class="empty">{t("matching.requests.nothing")}</p>
      )}
    </section>
  );
}
