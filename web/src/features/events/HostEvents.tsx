/** The events a host runs, with a way to create one. */
import { api, ok } from "../../lib/api";
import { Loading } from "../../lib/Loading";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { canAdminister } from "../../lib/session";
import { useApi } from "../../lib/query";
import { eventWhen } from "./live";
import { EmptyState } from "../../lib/EmptyState";
import { useT } from "./i18n";

export default function HostEvents() {
  return <RequireSignIn>{(me) => <EventList canCreate={canAdminister(me)} />}</RequireSignIn>;
}

function EventList({ canCreate }: { canCreate: boolean }) {
  const { data, error, reload } = useApi(["events"], () => ok(api.events.$get()));
  const { t } = useT();
  return (
    <section>
      <h1>{t("events.list.title")}</h1>
      {canCreate && (
        <p>
          <a class="button" href="/host/events/new">
            {t("events.list.new")}
          </a>
        </p>
      )}
      <Loading query={{ data, error, reload }} />
      {!data ? null : data.items.length === 0 ? (
        <EmptyState title={t("events.list.empty.title")}>{t("events.list.empty.text")}</EmptyState>
      ) : (
        <ul class="cards">
          {data.items.map((e) => (
            <li class="card" key={e.id}>
              <h2 class="ev-card-title">
                <a href={`/host/events/${e.id}`}>{e.title}</a>
                {e.mode === "peer" && <span class="tag"> {t("events.list.peer")}</span>}
              </h2>
              <p>{eventWhen(e)}</p>
              <p>{t("events.list.counts", { registered: e.registered, present: e.present })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
