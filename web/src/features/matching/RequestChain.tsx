/**
 * A mentee's ranked request in one program, step by step: who has it now and until when, who is
 * waiting their turn, who answered; with Withdraw while it is still open.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { ConfirmDialog } from "../../lib/Dialog";
import { roleLine } from "../../lib/format";
import type { Translate } from "../../lib/i18n";
import { formatDateTime } from "../../lib/dates";
import { StatusTag } from "../../lib/StatusTag";
import { useT } from "./i18n";
import { isOpen, type SentRequest } from "./myRequests";
import { choiceWords, requestStatusWords } from "./words";

function summary(t: Translate, chain: SentRequest[]) {
  const accepted = chain.find((r) => r.status === "accepted");
  if (accepted) return t("matching.chain.accepted", { name: accepted.mentor.name });
  const pending = chain.find((r) => r.status === "pending");
  if (pending) {
    const name = pending.mentor.name;
    const now = pending.deadlineAt
      ? t("matching.chain.pendingUntil", { name, time: formatDateTime(pending.deadlineAt) })
      : t("matching.chain.pending", { name });
    const next = chain.some((r) => r.status === "waiting")
      ? t("matching.chain.thenNext")
      : t("matching.chain.thenOrganisers");
    return `${now} ${next} ${t("matching.chain.emailEitherWay")}`;
  }
  if (chain.every((r) => r.status === "cancelled")) return t("matching.chain.withdrawn");
  return t("matching.chain.noneCould");
}

export function RequestChain(props: {
  chain: SentRequest[];
  programId: string;
  headingId: string;
  onWithdrawn: (count: number) => void;
}) {
  const { t } = useT();
  const { chain, programId, headingId, onWithdrawn } = props;
  const [asking, setAsking] = useState(false);
  const message = chain[0]?.message;
  const withdraw = async () => {
    const { withdrawn } = await ok(api.programs[":id"].requests.withdraw.$post({ param: { id: programId } }));
    setAsking(false);
    onWithdrawn(withdrawn);
  };
  return (
    <section class="chain" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t("matching.chain.title")}
      </h2>
      <p>{summary(t, chain)}</p>
      <ol class="chain-steps">
        {chain.map((r) => (
          <li key={r.id} class={`chain-step req-${r.status}`}>
            <span class="chain-rank">{choiceWords(t, r.rank)}</span>
            <span class="chain-who">
              <strong>{r.mentor.name}</strong>
              {roleLine(r.mentor) && <span class="hint"> {roleLine(r.mentor)}</span>}
            </span>
            <StatusTag status={r.status}>{requestStatusWords(t, r.status)}</StatusTag>
            {r.status === "pending" && r.deadlineAt && (
              <span class="hint">{t("matching.chain.dueBy", { time: formatDateTime(r.deadlineAt) })}</span>
            )}
          </li>
        ))}
      </ol>
      {message && (
        <p>
          {t("matching.chain.message")} <q>{message}</q>
        </p>
      )}
      {isOpen(chain) && (
        <button type="button" class="secondary" onClick={() => setAsking(true)}>
          {t("matching.chain.withdraw")}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t("matching.chain.withdrawTitle")}
          confirmLabel={t("matching.chain.withdraw")}
          danger
          cancelLabel={t("matching.chain.keep")}
          onConfirm={withdraw}
          onClose={() => setAsking(false)}
        >
          <p>{t("matching.chain.withdrawText")}</p>
          <p>{t("matching.chain.withdrawAgain")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
