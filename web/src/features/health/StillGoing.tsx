/**
 * The page a "still going?" link in a mail opens: the question, and two buttons. Opening the link
 * changes nothing (mail scanners open links); a click answers, once. No sign-in needed: the link is
 * this person's alone.
 */
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { useApi, useApiChange } from "../../lib/query";
import { Alert } from "../../lib/Alert";
import { Skeleton } from "../../lib/Skeleton";

type Answer = "yes" | "no";

export default function StillGoing() {
  const { token } = useRoute().params as { token: string };
  const loaded = useApi(["still-going", token], () => ok(api["still-going"][":token"].$get({ param: { token } })));
  const answer = useApiChange((a: Answer) => ok(api["still-going"].$post({ json: { token, answer: a } })));
  const state = loaded.data;
  const error = answer.error ?? loaded.error;
  const give = async (a: Answer) => {
    const next = await answer.run(a);
    if (next) loaded.set(next);
  };
  return (
    <section class="narrow">
      <h1>Still meeting?</h1>
      <Alert message={error} />
      {!state && !error && <Skeleton />}
      {state && !state.active && <p>This mentorship in {state.programName} has ended already.</p>}
      {state && state.active && state.answer === null && (
        <>
          <p>
            Are you and {state.partnerName} still meeting in {state.programName}? Your answer goes to the program's
            organisers.
          </p>
          <div class="row">
            <button type="button" onClick={() => give("yes")} disabled={answer.busy}>
              Yes, we go on
            </button>
            <button type="button" class="secondary" onClick={() => give("no")} disabled={answer.busy}>
              No, it has run its course
            </button>
          </div>
        </>
      )}
      {state && state.active && state.answer !== null && (
        <p class="status success" role="status">
          {state.answer === "yes"
            ? "Thank you. The organisers know your mentorship goes on."
            : "Thank you. The organisers will close your mentorship, with no fault on anyone."}
        </p>
      )}
    </section>
  );
}
