/**
 * Publishing the proposed groups, after a confirmation that says how many people get an email. The API
 * mails each member once, so pressing it twice sends nothing more.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { focusSoon } from "../../../lib/focus";
import { useApiChange } from "../../../lib/query";
import type { GroupsData } from "./Groups";
import { useT } from "../i18n";

type Props = {
  programId: string;
  proposed: GroupsData["groups"];
  kind: "peer" | "group";
  onPublished: (data: GroupsData, text: string) => void;
  onFailed: (err: unknown) => void;
};

export function PublishBar({ programId, proposed, kind, onPublished, onFailed }: Props) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const publishing = useApiChange(() => ok(api.programs[":id"].groups.publish.$post({ param: { id: programId } })));
  const { busy } = publishing;
  const people = proposed.reduce((n, g) => n + g.members.length, 0);

  const publish = async () => {
    const done = await publishing.run(undefined, onFailed);
    if (!done) return;
    setConfirming(false);
    const { groups, unplaced, warnings, published } = done;
    onPublished({ groups, unplaced, warnings, published }, t("groups.publish.done", { count: done.mailed }));
  };

  return (
    <div class="card publish" role="region" aria-label={t("groups.publish.region")}>
      {!confirming ? (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            focusSoon("publish-confirm");
          }}
        >
          {t("groups.publish.open")}
        </button>
      ) : (
        <>
          <p id="publish-question">
            {t("groups.publish.question", { kind, count: proposed.length })}{" "}
            {t("groups.publish.mail", { kind, people })}
          </p>
          <div class="actions">
            <button
              type="button"
              id="publish-confirm"
              onClick={publish}
              disabled={busy}
              aria-describedby="publish-question"
            >
              {busy ? t("groups.publish.busy") : t("groups.publish.confirm", { people })}
            </button>{" "}
            <button type="button" class="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t("groups.publish.cancel")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
