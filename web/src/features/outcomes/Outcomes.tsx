/**
 * A program's outcomes for its organisers: what the HR file holds and how to make it, its upload, and
 * each cohort's promotion, internal-move and retention rates beside everyone else's in the file.
 */
import { useRoute } from "preact-iso";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { ProgramLayout } from "../programs/ProgramLayout";
import { Cohorts } from "./Cohorts";
import { UploadOutcomes } from "./UploadOutcomes";
import "../../styles/insights.css";
import "../../styles/outcomes.css";

export default function OutcomesPage() {
  return <RequireSignIn>{() => <OutcomesView />}</RequireSignIn>;
}

function OutcomesView() {
  const id = useRoute().params.id!;
  return (
    <ProgramLayout id={id} tab="outcomes" heading={(name) => `Outcomes${name && ` for ${name}`}`} class="outcomes">
      <p>
        Whether taking part made a difference at work: upload what your HR system knows about promotions, internal
        moves, leavers and starters, and compare each cohort of participants with everyone else in the company.
      </p>
      <UploadOutcomes id={id} />
      <Cohorts id={id} />
    </ProgramLayout>
  );
}
