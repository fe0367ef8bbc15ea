/**
 * A program's outcomes for its organisers: what the HR file holds and how to make it, its upload, and
 * each cohort's promotion, internal-move and retention rates beside everyone else's in the file.
 */
import { useRoute } from "preact-iso";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { ProgramLayout } from "../programs/ProgramLayout";
import { Cohorts } from "./Cohorts";
import { UploadOutcomes } from "./UploadOutcomes";
import { useT } from "./i18n";
import "../../styles/insights.css";
import "../../styles/outcomes.css";

export default function OutcomesPage() {
  return <RequireSignIn>{() => <OutcomesView />}</RequireSignIn>;
}

function OutcomesView() {
  const { t } = useT();
  const id = useRoute().params.id!;
  return (
    <ProgramLayout
      tab="outcomes"
      heading={(name) => (name ? t("outcomes.page.titleFor", { name }) : t("outcomes.page.title"))}
      class="outcomes"
    >
      <p>{t("outcomes.page.intro")}</p>
      <UploadOutcomes id={id} />
      <Cohorts id={id} />
    </ProgramLayout>
  );
}
