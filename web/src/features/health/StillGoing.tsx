/**
 * The page a "still going?" link in a mail opens: the question, and two buttons. Opening the link
 * changes nothing (mail scanners open links); a click answers, once. No sign-in needed: the link is
 * this person's alone.
 */
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { useApiAnswer } from "../../lib/query";
import { Loading } from "../../lib/Loading";
import { Page } from "../../lib/Section";
import { useT } from "./i18n";

type Answer = "yes" | "no";

export default function StillGoing() {
  const { t } = useT();
  const { token } = useRoute().params as { token: string };
  const answer = useApiAnswer(
    ["still-going", token],
    () => ok(api["still-going"][":token"].$get({ param: { token } })),
    (a: Answer) => ok(api["still-going"].$post({ json: { token, answer: a } })),
  );
  const { data: state, error } = answer;
  return (
    <Page class="narrow" title={t("health.stillGoing.title")}>
      <Loading query={{ data: state, error }} />
      {state && !state.active && <p>{t("health.stillGoing.ended", { program: state.programName })}</p>}
      {state && state.active && state.answer === null && (
        <>
          <p>{t("health.stillGoing.question", { partner: state.partnerName, program: state.programName })}</p>
          <div class="row">
            <button type="button" onClick={() => answer.run("yes")} disabled={answer.busy}>
              {t("health.stillGoing.yes")}
            </button>
            <button type="button" class="secondary" onClick={() => answer.run("no")} disabled={answer.busy}>
              {t("health.stillGoing.no")}
            </button>
          </div>
        </>
      )}
      {state && state.active && state.answer !== null && (
        <p class="status success" role="status">
          {state.answer === "yes" ? t("health.stillGoing.thanksYes") : t("health.stillGoing.thanksNo")}
        </p>
      )}
    </Page>
  );
}
