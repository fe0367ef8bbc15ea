/**
 * Mail that could not be delivered (admins): to whom, what, how often it was tried, why; send it again.
 * Above it, mail by lane and the progress of bulk sends (MailStatus).
 */
import { useEffect, useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { whenStamp } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { MailStatus } from "./MailStatus";

type Problems = Awaited<ReturnType<typeof load>>;
const load = () => ok(api.admin["mail-problems"].$get());

export default function MailProblems() {
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <ProblemList /> : <p class="status error">Only admins see mail problems.</p>)}
    </RequireSignIn>
  );
}

function ProblemList() {
  const [data, setData] = useState<Problems | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reload = () => load().then(setData, (e) => setError(messageOf(e)));
  useEffect(() => void reload(), []);
  const retry = async (id: string, to: string) => {
    setError(null);
    try {
      await ok(api.admin["mail-problems"][":id"].retry.$post({ param: { id } }));
      setStatus(`The mail to ${to} is on its way again.`);
      await reload();
    } catch (e) {
      setError(messageOf(e));
    }
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
        !error && <p aria-busy="true">Loading…</p>
      ) : data.items.length === 0 ? (
        <p class="empty">No failed mail. Mail still waiting to go out is counted above.</p>
      ) : (
        <ul class="cards" aria-label="Failed mail">
          {data.items.map((m) => (
            <li class="card" key={m.id}>
              <strong>{m.subject}</strong>
              <div>
                To {m.to} · {whenStamp(m.createdAt)} · {m.attempts} attempts
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
