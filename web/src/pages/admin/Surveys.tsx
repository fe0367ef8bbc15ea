/**
 * A program's surveys, for its admins and managers: the list with when each goes out and how many
 * answered, turning one off or on, adding one from a template or from scratch, and one survey's
 * results (`?results=<id>`).
 */
import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { api, ok } from "../../api";
import { Alert, TryAgain } from "../../components/Alert";
import { Status } from "../../components/Field";
import { RequireSignIn } from "../../components/RequireSignIn";
import { focusSoon } from "../../focus";
import { useLoaded } from "../../useLoaded";
import { NewSurvey } from "./surveys/NewSurvey";
import { SurveyResults } from "./surveys/Results";
import { loadSurveys, SurveyList } from "./surveys/SurveyList";

export default function Surveys() {
  return <RequireSignIn>{() => <SurveysView />}</RequireSignIn>;
}

function SurveysView() {
  const id = useRoute().params.id!;
  const { query } = useLocation();
  const [name, setName] = useState("");
  useEffect(() => {
    ok(api.programs[":id"].$get({ param: { id } })).then(
      (p) => setName(p.name),
      () => setName(""), // the list below says what went wrong
    );
  }, [id]);
  const base = `/admin/programs/${id}/surveys`;

  if (query.results) {
    return (
      <section class="narrow">
        <p>
          <a href={base}>← Surveys{name && ` of ${name}`}</a>
        </p>
        <SurveyResults key={query.results} id={query.results} />
      </section>
    );
  }
  return (
    <section class="narrow">
      <p>
        <a href={`/admin/programs/${id}`}>← {name || "Program"}</a>
      </p>
      <h1 id="surveys-h" tabIndex={-1}>
        Surveys{name && ` for ${name}`}
      </h1>
      <p>Each survey goes out by email on its day to everyone it concerns, with a link to answer without signing in.</p>
      <ProgramSurveys programId={id} base={base} />
    </section>
  );
}

function ProgramSurveys({ programId, base }: { programId: string; base: string }) {
  const list = useLoaded(() => loadSurveys(programId));
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
        !list.error && <p aria-busy="true">Loading the surveys…</p>
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
            setNotice(`“${s.title}” is added: it goes out when it is due.`);
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
          Add a survey
        </button>
      )}
    </>
  );
}
