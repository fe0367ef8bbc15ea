/**
 * A program's surveys, for its admins and managers: the list with when each goes out and how many
 * answered, turning one off or on, adding one from a template or from scratch, and one survey's
 * results (`?results=<id>`).
 */
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { Alert, TryAgain } from "../../../lib/Alert";
import { Status } from "../../../lib/Field";
import { ProgramLayout, useProgram } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { focusSoon } from "../../../lib/focus";
import { useApi } from "../../../lib/query";
import { NewSurvey } from "./NewSurvey";
import { SurveyResults } from "./Results";
import { loadSurveys, SurveyList } from "./SurveyList";
import { Skeleton } from "../../../lib/Skeleton";
import { useT } from "../i18n";

export default function Surveys() {
  return <RequireSignIn>{() => <SurveysView />}</RequireSignIn>;
}

function SurveysView() {
  const { t } = useT();
  const id = useRoute().params.id!;
  const { query } = useLocation();
  const name = useProgram(id).data?.name ?? "";
  const base = `/admin/programs/${id}/surveys`;

  if (query.results) {
    return (
      <section class="narrow">
        <p>
          <a href={base}>{name ? t("surveys.page.backOf", { name }) : t("surveys.page.back")}</a>
        </p>
        <SurveyResults key={query.results} id={query.results} />
      </section>
    );
  }
  return (
    <ProgramLayout
      tab="surveys"
      class="narrow"
      headingId="surveys-h"
      heading={(name) => (name ? t("surveys.page.titleFor", { name }) : t("surveys.page.title"))}
    >
      <p>{t("surveys.page.intro")}</p>
      <ProgramSurveys programId={id} base={base} />
    </ProgramLayout>
  );
}

function ProgramSurveys({ programId, base }: { programId: string; base: string }) {
  const { t } = useT();
  const list = useApi(["programs", programId, "surveys"], () => loadSurveys(programId));
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Alert message={list.error}>
        <TryAgain onClick={list.reload} />
      </Alert>
      {list.data ? (
        <SurveyList items={list.data.items} resultsHref={(s) => `${base}?results=${s}`} onChanged={list.reload} />
      ) : (
        !list.error && <Skeleton label={t("surveys.page.loading")} />
      )}
      <Status message={notice} tone="success" />
      {adding ? (
        <NewSurvey
          programId={programId}
          onCancel={() => {
            setAdding(false);
            focusSoon("sv-add");
          }}
          onCreated={async (s) => {
            await list.reload();
            setAdding(false);
            setNotice(t("surveys.page.added", { title: s.title }));
            focusSoon("surveys-h");
          }}
        />
      ) : (
        <button
          type="button"
          id="sv-add"
          onClick={() => {
            setNotice(null);
            setAdding(true);
            focusSoon("sv-start-h");
          }}
        >
          {t("surveys.page.add")}
        </button>
      )}
    </>
  );
}
