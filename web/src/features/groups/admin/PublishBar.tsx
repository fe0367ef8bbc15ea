/**
 * Publishing the proposed groups, after a confirmation that says how many people get an email. The API
 * mails each member once, so pressing it twice sends nothing more.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { plural } from "../../../lib/format";
import { focusSoon } from "../../../lib/focus";
import { useApiChange } from "../../../lib/query";
import type { GroupsData } from "./Groups";

type Props = {
  programId: string;
  proposed: GroupsData["groups"];
  noun: string;
  onPublished: (data: GroupsData, text: string) => void;
  onFailed: (err: unknown) => void;
};

export function PublishBar({ programId, proposed, noun, onPublished, onFailed }: Props) {
  const [confirming, setConfirming] = useState(false);
  const publishing = useApiChange(() => ok(api.programs[":id"].groups.publish.$post({ param: { id: programId } })));
  const { busy } = publishing;
  const people = proposed.reduce((n, g) => n + g.members.length, 0);

  const publish = async () => {
    const done = await publishing.run(undefined, onFailed);
    if (!done) return;
    setConfirming(false);
    const { groups, unplaced, warnings, published } = done;
    onPublished(
      { groups, unplaced, warnings, published },
      `Published. ${plural(done.mailed, "person", "people")} emailed.`,
    );
  };

  return (
    <div class="card publish" role="region" aria-label="Publish">
      {!confirming ? (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            focusSoon("publish-confirm");
          }}
        >
          Publish
        </button>
      ) : (
        <>
          <p id="publish-question">
            Publish {plural(proposed.length, noun)}? {plural(people, "person", "people")} will get an email with a link
            to their {noun}'s page.
          </p>
          <div class="actions">
            <button
              type="button"
              id="publish-confirm"
              onClick={publish}
              disabled={busy}
              aria-describedby="publish-question"
            >
              {busy ? "Publishing…" : `Publish and email ${plural(people, "person", "people")}`}
            </button>{" "}
            <button type="button" class="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
