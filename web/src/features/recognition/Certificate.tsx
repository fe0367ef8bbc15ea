/**
 * A certificate of completion, for anyone with its link: the page checks it with the server each time,
 * so a printed copy's link proves it. Printing leaves only the certificate on the page.
 */
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { LoadFailed } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { Skeleton } from "../../lib/Skeleton";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";
import "../../styles/recognition.css";

// The partner's name stands in the sentence as a marker, split out to be shown in bold where the language puts it.
const MARK = "\u0001";

export default function CertificatePage() {
  const { t } = useT();
  const id = useRoute().params.id!;
  const cert = useApi(["certificates", id], () => ok(api.certificates[":id"].$get({ param: { id } })));
  if (cert.failure) {
    return (
      <LoadFailed
        failure={cert.failure}
        gone={{
          status: [400, 404],
          title: t("recognition.certificate.goneTitle"),
          text: t("recognition.certificate.goneText"),
        }}
        onRetry={cert.reload}
      />
    );
  }
  const c = cert.data;
  if (!c) return <Skeleton label={t("recognition.certificate.loading")} />;
  return (
    <section class="certificate-page">
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t("recognition.certificate.print")}
        </button>
      </p>
      <article class="certificate" aria-labelledby="certificate-heading">
        {c.organisation && <p class="certificate-org">{c.organisation}</p>}
        <h1 id="certificate-heading">{t("recognition.certificate.title")}</h1>
        <p>{t("recognition.certificate.certifies")}</p>
        <p class="certificate-name">{c.personName}</p>
        <p>
          {t("recognition.certificate.completed", { role: c.role, partner: MARK })
            .split(MARK)
            .map((part, i) => (i ? [<strong key={i}>{c.partnerName}</strong>, part] : part))}
        </p>
        <p class="certificate-program">{c.programName}</p>
        <p>
          {c.startedAt
            ? t("recognition.certificate.fromTo", { from: formatDate(c.startedAt), to: formatDate(c.completedAt) })
            : t("recognition.certificate.to", { to: formatDate(c.completedAt) })}
        </p>
        <p class="certificate-verify">
          {t("recognition.certificate.verify", { url: location.origin + location.pathname })}
        </p>
      </article>
    </section>
  );
}
