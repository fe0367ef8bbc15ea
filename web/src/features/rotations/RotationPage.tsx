/** One reverse-mentoring program's rotation for the signed-in person: where its mails lead. */
import { useRoute } from "preact-iso";
import { Alert, TryAgain } from "../../lib/Alert";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { RotationCard, loadMyRotations } from "./MyRotations";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";

export default function RotationPage() {
  return <RequireSignIn>{() => <RotationView />}</RequireSignIn>;
}

function RotationView() {
  const { programId } = useRoute().params as { programId: string };
  const { data, error, reload } = useApi(["me", "rotations"], loadMyRotations);
  const rotation = data?.items.find((r) => r.programId === programId);
  const { t } = useT();
  return (
    <section class="narrow">
      <BackLink href="/dashboard" label={t("rotations.page.back")} />
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
      <h1>{t("rotations.page.title")}</h1>
      {!data && !error && <Skeleton />}
      {data && !rotation && <p class="status error">{t("rotations.page.none")}</p>}
      {rotation && <RotationCard r={rotation} />}
    </section>
  );
}
