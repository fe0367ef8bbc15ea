/**
 * The person's published groups and peer circles on their dashboard, each with its next meeting and a
 * link to its page. Nothing shows for people in no group.
 */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { plural } from "../../lib/format";
import { formatDateTime } from "../../lib/dates";
import { useApi } from "../../lib/query";

const loadMyGroups = () => ok(api.me.groups.$get());

/** The groups I am in, loaded once for the dashboard and this list alike. */
export const useMyGroups = () => useApi(["me", "groups"], loadMyGroups);

export function MyGroups() {
  const { data, error, reload } = useMyGroups();
  if (error) {
    return (
      <Alert message={`Your groups could not be loaded: ${error}`}>
        <TryAgain onClick={reload} />
      </Alert>
    );
  }
  if (!data?.items.length) return null;
  return (
    <section aria-labelledby="my-groups-title">
      <h2 id="my-groups-title">My groups</h2>
      <ul class="cards">
        {data.items.map((g) => (
          <li class="card" key={g.id} style={{ margin: 0 }}>
            <h3 style={{ margin: "0 0 4px" }}>
              <a href={`/groups/${g.id}`}>{g.name}</a>
            </h3>
            <p class="hint" style={{ margin: "0 0 4px" }}>
              {g.programName} · {plural(g.members, "member")} · you are a {g.role}
            </p>
            <p style={{ margin: 0, overflowWrap: "anywhere" }}>
              {g.nextMeeting.at
                ? `Next meeting: ${formatDateTime(g.nextMeeting.at)}${g.nextMeeting.place ? `, ${g.nextMeeting.place}` : ""}`
                : "No meeting set yet."}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
