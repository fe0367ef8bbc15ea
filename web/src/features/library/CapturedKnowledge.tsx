/**
 * Captured knowledge where it is made (a mentorship's page, a group's page): the entries one is an author
 * of, each with its approve and withdraw actions, and while no draft is open, the button that turns the
 * notes into one for every author to review.
 */
import { useState } from "preact/hooks";
import { Alert } from "../../lib/Alert";
import { useApiChange } from "../../lib/query";
import { toneOf } from "../../lib/tone";
import { KnowledgeActions } from "./KnowledgeActions";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

type Scope = "program" | "company";
type Knowledge = Parameters<typeof KnowledgeActions>[0]["entry"] & { title: string };

export function CapturedKnowledge<K extends Knowledge>(props: {
  knowledge: K[];
  draft: (scope: Scope) => Promise<unknown>;
  invalidates: string[][];
  hint: string;
  onChange: () => void;
}) {
  const { t } = useT();
  const [scope, setScope] = useState<Scope>("program");
  const capture = useApiChange(props.draft, props.invalidates);
  return (
    <>
      <Alert message={capture.error} />
      <ul class="cards">
        {props.knowledge.map((k) => (
          <li class="card" key={k.id}>
            <h3>
              <a href={`/library/${k.id}`}>{k.title}</a>{" "}
              <Tag tone={toneOf(k.status)}>{t("library.status", { status: k.status })}</Tag>
            </h3>
            <KnowledgeActions entry={k} onChange={props.onChange} />
          </li>
        ))}
      </ul>
      {!props.knowledge.some((k) => k.status === "draft") && (
        <div class="capture">
          <p class="hint">{props.hint}</p>
          <label>
            {t("library.capture.shareWith")}{" "}
            <select value={scope} onChange={(e) => setScope(e.currentTarget.value as Scope)}>
              <option value="program">{t("library.capture.program")}</option>
              <option value="company">{t("library.capture.company")}</option>
            </select>
          </label>{" "}
          <button type="button" disabled={capture.busy} onClick={() => capture.run(scope)}>
            {t("library.capture.draft")}
          </button>
        </div>
      )}
    </>
  );
}
