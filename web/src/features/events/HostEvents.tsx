/** The events a host runs, with a way to create one. */
import { api, ok } from "../../lib/api";
import { Loading } from "../../lib/Loading";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { canAdminister } from "../../lib/session";
import { useApi } from "../../lib/query";
import { eventWhen } from "./live";
import { EmptyState } from "../../lib/EmptyState";

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
      <Loading query={{ data, error, reload }} />
      {!data ? null : data.items.length === 0 ? (
        <EmptyState title="No events yet">
          Create one with New event; people register through its link and you check them in on the day.
        </EmptyState>
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
                {e.registered} registered, {e.present} checked in
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
