/** A mentor's application to one program on a page of its own, where the decision's mail leads. */
import { useRoute } from "preact-iso";
import { RequireSignIn } from "../../lib/RequireSignIn";
import type { Me } from "../../lib/session";
import { MentorApplication } from "./MentorApplication";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";

export default function MentorApplicationPage() {
  const { id } = useRoute().params as { id: string };
  return <RequireSignIn>{(me) => <Application me={me} programId={id} />}</RequireSignIn>;
}

function Application({ me, programId }: { me: Me; programId: string }) {
  const { t } = useT();
  const enrollment = me.enrollments.find((e) => e.programId === programId);
  return (
    <section class="narrow">
      <BackLink href="/dashboard" label={t("home.apply.back")} />
      {enrollment ? (
        <>
          <h1>{t("home.apply.title", { program: enrollment.program.name })}</h1>
          <MentorApplication programId={programId} programName={enrollment.program.name} />
        </>
      ) : (
        <p class="status error">{t("home.apply.notYours")}</p>
      )}
    </section>
  );
}
