/**
 * Mail that could not be delivered (admins): to whom, what, how often it was tried, why; send it again.
 * Above it, mail by lane and the progress of bulk sends (MailStatus).
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { MailStatus } from "./MailStatus";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";

const load = () => ok(api.admin["mail-problems"].$get());

export default function MailProblems() {
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <ProblemList /> : <p class="status error">Only admins see mail problems.</p>)}
    </RequireSignIn>
  );
}

function ProblemList() {
  const problems = useApi(["admin", "mail-problems"], load);
  const resend = useApiChange(
    (id: string) => ok(api.admin["mail-problems"][":id"].retry.$post({ param: { id } })),
    [["admin", "mail-problems"]],
  );
  const { data } = problems;
  const error = resend.error ?? problems.error;
  const [status, setStatus] = useState<string | null>(null);
  const retry = async (id: string, to: string) => {
    if ((await resend.run(id)) !== null) setStatus(`The mail to ${to} is on its way again.`);
  };
  return (
    <section>
      <h1>Mail problems</h1>
      <MailStatus />
      <h2>Failed mail</h2>
      <p>
        Mail the provider kept refusing, after its retries. Fix the cause (the provider's key, a bounced address), then
        send it again: it still goes out only once.
      </p>
      <Alert message={error} />
      <Status message={status} tone="success" />
      {!data ? (
        !error && <Skeleton />
      ) : data.items.length === 0 ? (
        <EmptyState title="No failed mail">
          Nothing to do: mail still waiting to go out is counted above, and failures show here.
        </EmptyState>
      ) : (
        <ul class="cards" aria-label="Failed mail">
          {data.items.map((m) => (
            <li class="card" key={m.id}>
              <strong>{m.subject}</strong>
              <div>
                To {m.to} · {formatDateTime(m.createdAt)} · {m.attempts} attempts
              </div>
              {m.lastError && <div class="hint">{m.lastError}</div>}
              <button type="button" class="secondary" onClick={() => retry(m.id, m.to)}>
                Send again<span class="sr-only"> to {m.to}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
