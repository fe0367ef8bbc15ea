/** A program's surveys as cards: when each goes out, for how long, whose names show, how many answered. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Status } from "../../../lib/Field";
import { useAction } from "../../../lib/form";
import { SurveyForm, startOf } from "./SurveyForm";
import { useSurveyWords, type SurveyItem } from "./words";
import { useT } from "../i18n";
import { EmptyState } from "../../../lib/EmptyState";
import { Tag } from "../../../lib/StatusTag";

export { loadSurveys } from "./words";

type Props = { items: SurveyItem[]; resultsHref: (id: string) => string; onChanged: () => Promise<void> };

export function SurveyList({ items, resultsHref, onChanged }: Props) {
  const { t } = useT();
  const { answeredText, whenInWords } = useSurveyWords();
  if (items.length === 0) {
    return <EmptyState title={t("surveys.list.emptyTitle")}>{t("surveys.list.emptyText")}</EmptyState>;
  }
  return (
    <ul class="cards">
      {items.map((s) => (
        <li class="card" key={s.id} style={{ margin: 0 }}>
          <h3>
            {s.title}{" "}
            <Tag tone={s.active ? "success" : "neutral"}>
              {s.active ? t("surveys.list.active") : t("surveys.list.off")}
            </Tag>
          </h3>
          <dl class="profile">
            <dt>{t("surveys.list.goesOut")}</dt>
            <dd>{whenInWords(s.trigger)}</dd>
            <dt>{t("surveys.list.openFor")}</dt>
            <dd>{t("surveys.list.days", { count: s.openDays })}</dd>
            <dt>{t("surveys.list.names")}</dt>
            <dd>{s.anonymous ? t("surveys.list.anonymous") : t("surveys.list.named")}</dd>
            <dt>{t("surveys.list.answers")}</dt>
            <dd>{answeredText(s)}</dd>
          </dl>
          <SurveyActions survey={s} resultsHref={resultsHref(s.id)} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}

function SurveyActions(props: { survey: SurveyItem; resultsHref: string; onChanged: () => Promise<void> }) {
  const { survey, resultsHref, onChanged } = props;
  const { t } = useT();
  const turn = useAction(async (active: boolean) => {
    const saved = await ok(api.surveys[":id"].$patch({ param: { id: survey.id }, json: { active } }));
    await onChanged();
    return saved.active ? t("surveys.list.turnedOn") : t("surveys.list.turnedOff");
  });
  const { busy, result: status } = turn;
  const toggle = () => turn.run(!survey.active);
  const verb = survey.active ? t("surveys.list.turnOff") : t("surveys.list.turnOn");
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <SurveyForm
        programId=""
        start={startOf(survey)}
        editing={{ id: survey.id, answered: survey.responded > 0 }}
        onCancel={() => setEditing(false)}
        onCreated={async () => {
          setEditing(false);
          await onChanged();
        }}
      />
    );
  }
  return (
    <>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px 16px", alignItems: "center", margin: "12px 0 0" }}>
        <button type="button" class="secondary" disabled={busy} onClick={toggle}>
          {verb}
          <span class="sr-only"> {survey.title}</span>
        </button>
        <button type="button" class="secondary" onClick={() => setEditing(true)}>
          {t("surveys.list.change")}
          <span class="sr-only"> {survey.title}</span>
        </button>
        <a href={resultsHref}>
          {t("surveys.list.results")}
          <span class="sr-only"> {t("surveys.list.resultsOf", { title: survey.title })}</span>
        </a>
      </p>
      <Status message={status?.text} tone={status?.tone} />
    </>
  );
}
