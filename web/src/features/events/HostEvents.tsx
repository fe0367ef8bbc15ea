/** The events a host runs, with a way to create one. */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { canAdminister } from "../../lib/session";
import { useApi } from "../../lib/query";
import { eventWhen } from "./live";

export default function HostEvents() {
  return <RequireSignIn>{(me) => <EventList canCreate={canAdminister(me)} />}</RequireSignIn>;
}

function EventList({ canCreate }: { canCreate: boolean }) {
  const { data, error, reload } = useApi(["events"], () => ok(api.events.$get()));
  return (
    <section>
      <h1>Events</h1>
      {canCreate && (
        <p>
          <a class="button" href="/host/events/new">
            New event
          </a>
        </p>
      )}
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
      {!data ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : data.items.length === 0 ? (
        <p class="empty">You do not host any event yet.</p>
      ) : (
        <ul class="cards">
          {data.items.map((e) => (
            <li class="card" key={e.id}>
              <h2 class="ev-card-title">
                <a href={`/host/events/${e.id}`}>{e.title}</a>
                {e.mode === "peer" && <span class="tag"> peer</span>}
              </h2>
              <p>{eventWhen(e)}</p>
              <p>
                {e.registrations.length} registered, {e.registrations.filter((r) => r.status === "present").length}{" "}
                checked in
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
