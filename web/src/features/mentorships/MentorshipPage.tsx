/**
 * A mentorship's own page: the program's journey and the pair's agreement, the pair's meetings
 * (scheduled, moved, cancelled, noted) and the mentee's goals.
 */
import { useRoute } from "preact-iso";
import { Alert } from "../../lib/Alert";
import { loadMentorships } from "./myMentorships";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi } from "../../lib/query";
import { StatusTag } from "../../lib/StatusTag";
import { Goals } from "./Goals";
import { Journey } from "./Journey";
import { AgreementPanel } from "./Agreement";
import { Meetings } from "./Meetings";
import { Skeleton } from "../../lib/Skeleton";
import { PairRecognition } from "../recognition/PairRecognition";
import { MentorshipLibrary } from "../library/MentorshipLibrary";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";

export default function MentorshipPage() {
  return <RequireSignIn>{() => <PageView />}</RequireSignIn>;
}

function PageView() {
  const { t } = useT();
  const { id } = useRoute().params as { id: string };
  const { data, error } = useApi(["me", "mentorships"], loadMentorships);
  if (error) return <Alert message={error} />;
  if (!data) return <Skeleton />;
  const m = data.items.find((x) => x.id === id);
  if (!m) return <p class="status error">{t("mentorships.page.notYours")}</p>;
  return (
    <section class="narrow">
      <BackLink href="/dashboard" label={t("mentorships.page.back")} />
      <h1>{t("mentorships.page.title", { name: m.partner.name })}</h1>
      <p>
        {m.programName} · {m.role === "mentor" ? t("mentorships.page.youMentor") : t("mentorships.page.yourMentor")} ·{" "}
        <StatusTag status={m.status}>{t("mentorships.page.status", { status: m.status })}</StatusTag>
      </p>
      {m.status === "ended" ? (
        // Ended early: its meetings and goals are closed to the pair (the API answers 404), so a mail
        // about the ending lands here on what happened rather than on errors.
        <p>{t("mentorships.page.ended")}</p>
      ) : (
        <>
          <Journey m={m} />
          <AgreementPanel m={m} />
          <Meetings m={m} />
          <Goals m={m} />
          <MentorshipLibrary mentorshipId={m.id} />
        </>
      )}
      {m.status !== "proposed" && m.partner.email !== null && <PairRecognition m={m} />}
    </section>
  );
}
