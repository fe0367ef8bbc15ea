/** The event's follow-up survey on the host's page: how many answered, and the answers once it has gone out. */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import { SurveyResults } from "../surveys/admin/Results";
import { useSurveyWords } from "../surveys/admin/words";
import { useT } from "./i18n";

export function FeedbackSurvey({ eventId }: { eventId: string }) {
  const { data, error, reload } = useApi(["events", eventId, "surveys"], () =>
    ok(api.events[":id"].surveys.$get({ param: { id: eventId } })),
  );
  const { t } = useT();
  const { answeredText } = useSurveyWords();
  return (
    <section aria-labelledby="ev-survey-h">
      <h2 id="ev-survey-h">{t("events.survey.title")}</h2>
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
      {data?.items.map((s) => (
        <div key={s.id}>
          <p>{t("events.survey.goesOut", { title: s.title, answered: answeredText(s) })}</p>
          {s.invited > 0 && (
            <details>
              <summary>{t("events.survey.answers")}</summary>
              <SurveyResults id={s.id} />
            </details>
          )}
        </div>
      ))}
    </section>
  );
}
