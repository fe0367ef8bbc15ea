/**
 * What a group learned, on its page: a member turns the group's notes into a draft; everyone who wrote a
 * note is an author, and it is shared once all of them approved.
 */
import "../../styles/library.css";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { CapturedKnowledge } from "./CapturedKnowledge";
import { useT } from "./i18n";

export function GroupKnowledge({ groupId }: { groupId: string }) {
  const { t } = useT();
  const key = ["groups", groupId, "library"];
  const loaded = useApi(key, () => ok(api.groups[":id"].library.$get({ param: { id: groupId } })));
  const draft = (scope: "program" | "company") =>
    ok(api.groups[":id"].knowledge.$post({ param: { id: groupId }, json: { scope } }));
  return (
    <section aria-labelledby="group-learned-h">
      <h2 id="group-learned-h">{t("library.group.title")}</h2>
      <Alert message={loaded.error} />
      {loaded.data ? (
        <CapturedKnowledge
          knowledge={loaded.data.knowledge}
          draft={draft}
          invalidates={[key]}
          hint={t("library.group.hint")}
          onChange={() => loaded.reload()}
        />
      ) : (
        !loaded.error && <Skeleton />
      )}
    </section>
  );
}
