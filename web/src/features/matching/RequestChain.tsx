/**
 * A mentee's ranked request in one program, step by step: who has it now and until when, who is
 * waiting their turn, who answered; with Withdraw while it is still open.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { ConfirmDialog } from "../../lib/Dialog";
import { ordinal, roleLine } from "../../lib/format";
import { formatDateTime } from "../../lib/dates";
import { StatusTag } from "../../lib/StatusTag";
import { REQUEST_STATUS_TEXT, isOpen, type SentRequest } from "./myRequests";

function summary(chain: SentRequest[]) {
  const accepted = chain.find((r) => r.status === "accepted");
  if (accepted) return `${accepted.mentor.name} accepted your request and is now your mentor.`;
  const pending = chain.find((r) => r.status === "pending");
  if (pending) {
    const by = pending.deadlineAt ? ` and has until ${formatDateTime(pending.deadlineAt)} to answer` : "";
    const next = chain.some((r) => r.status === "waiting")
      ? " If they decline or do not answer in time, it moves on to your next choice by itself."
      : " If they decline or do not answer in time, the organisers are told so they can help.";
    return `${pending.mentor.name} has your request now${by}.${next} We will email you either way.`;
  }
  if (chain.every((r) => r.status === "cancelled")) return "You withdrew this request.";
  return "None of your choices could take you on this time. The organisers have been told, and you can choose again.";
}

export function RequestChain(props: {
  chain: SentRequest[];
  programId: string;
  headingId: string;
  onWithdrawn: (count: number) => void;
}) {
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
        Your request
      </h2>
      <p>{summary(chain)}</p>
      <ol class="chain-steps">
        {chain.map((r) => (
          <li key={r.id} class={`chain-step req-${r.status}`}>
            <span class="chain-rank">{ordinal(r.rank)} choice</span>
            <span class="chain-who">
              <strong>{r.mentor.name}</strong>
              {roleLine(r.mentor) && <span class="hint"> {roleLine(r.mentor)}</span>}
            </span>
            <StatusTag status={r.status}>{REQUEST_STATUS_TEXT[r.status]}</StatusTag>
            {r.status === "pending" && r.deadlineAt && (
              <span class="hint">Answer due by {formatDateTime(r.deadlineAt)}</span>
            )}
          </li>
        ))}
      </ol>
      {message && (
        <p>
          Your message: <q>{message}</q>
        </p>
      )}
      {isOpen(chain) && (
        <button type="button" class="secondary" onClick={() => setAsking(true)}>
          Withdraw request
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title="Withdraw your request?"
          confirmLabel="Withdraw request"
          danger
          cancelLabel="Keep my request"
          onConfirm={withdraw}
          onClose={() => setAsking(false)}
        >
          <p>Nobody on your list will be asked after this, and whoever has it now will no longer see it.</p>
          <p>You can then choose again.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
