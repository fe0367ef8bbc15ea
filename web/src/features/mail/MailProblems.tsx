/**
 * Mail that could not be delivered (admins): to whom, what, how often it was tried, why; send it again.
 * Above it, mail by lane and the progress of bulk sends (MailStatus).
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { RequireAdmin } from "../../lib/RequireSignIn";
import { MailStatus } from "./MailStatus";
import { Cards } from "../../lib/Cards";
import { Listing } from "../../lib/Loading";
import { useT } from "./i18n";

const load = () => ok(api.admin["mail-problems"].$get());

export default function MailProblems() {
  const { t } = useT();
  return <RequireAdmin page={ProblemList} denied={t("mail.problems.adminsOnly")} />;
}

function ProblemList() {
  const { t } = useT();
  const problems = useApi(["admin", "mail-problems"], load);
  const resend = useApiChange(
    (id: string) => ok(api.admin["mail-problems"][":id"].retry.$post({ param: { id } })),
    [["admin", "mail-problems"]],
  );
  const { data } = problems;
  const error = resend.error ?? problems.error;
  const [status, setStatus] = useState<string | null>(null);
  const retry = async (id: string, to: string) => {
    if ((await resend.run(id)) !== null) setStatus(t("mail.problems.resent", { to }));
  };
  return (
    <section>
      <h1>{t("mail.problems.title")}</h1>
      <MailStatus />
      <h2>{t("mail.problems.failed")}</h2>
      <p>{t("mail.problems.intro")}</p>
      <Alert message={error} />
      <Status message={status} tone="success" />
      <Listing
        query={{ data, error }}
        empty={{ title: t("mail.problems.emptyTitle"), text: t("mail.problems.emptyText") }}
      >
        {(items) => (
          <Cards label={t("mail.problems.failed")} items={items}>
            {(m) => (
              <>
                <strong>{m.subject}</strong>
                <div>
                  {t("mail.problems.line", { to: m.to, at: formatDateTime(m.createdAt), attempts: m.attempts })}
                </div>
                {m.lastError && <div class="hint">{m.lastError}</div>}
                <button type="button" class="secondary" onClick={() => retry(m.id, m.to)}>
                  {t("mail.problems.again")}
                  <span class="sr-only"> {t("mail.problems.againTo", { to: m.to })}</span>
                </button>
              </>
            )}
          </Cards>
        )}
      </Listing>
    </section>
  );
}
