/**
 * The person's published groups and peer circles on their dashboard, each with its next meeting and a
 * link to its page. Nothing shows for people in no group.
 */
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { WhenAny } from "../../lib/Loading";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";

const loadMyGroups = () => ok(api.me.groups.$get());

/** The groups I am in, loaded once for the dashboard and this list alike. */
export const useMyGroups = () => useApi(["me", "groups"], loadMyGroups);

export function MyGroups() {
  const { t } = useT();
  return (
    <WhenAny query={useMyGroups()} failed={(error) => t("groups.mine.loadFailed", { error })}>
      {(items) => (
        <section aria-labelledby="my-groups-title">
          <h2 id="my-groups-title">{t("groups.mine.title")}</h2>
          <ul class="cards">
            {items.map((g) => (
              <li class="card" key={g.id} style={{ margin: 0 }}>
                <h3 style={{ margin: "0 0 4px" }}>
                  <a href={`/groups/${g.id}`}>{g.name}</a>
                </h3>
                <p class="hint" style={{ margin: "0 0 4px" }}>
                  {g.programName} · {t("groups.mine.members", { count: g.members })} ·{" "}
                  {t("groups.mine.role", { role: g.role })}
                </p>
                <p style={{ margin: 0, overflowWrap: "anywhere" }}>
                  {g.nextMeeting.at
                    ? `${t("groups.mine.next", { when: formatDateTime(g.nextMeeting.at) })}${g.nextMeeting.place ? `, ${g.nextMeeting.place}` : ""}`
                    : t("groups.mine.none")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </WhenAny>
  );
}
