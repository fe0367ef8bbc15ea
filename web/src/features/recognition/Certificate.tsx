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
import "../../styles/recognition.css";

export default function CertificatePage() {
  const id = useRoute().params.id!;
  const cert = useApi(["certificates", id], () => ok(api.certificates[":id"].$get({ param: { id } })));
  if (cert.failure) {
    return (
      <LoadFailed
        failure={cert.failure}
        gone={{ status: [400, 404], title: "No such certificate", text: "This link does not name a certificate." }}
        onRetry={cert.reload}
      />
    );
  }
  const c = cert.data;
  if (!c) return <Skeleton label="Loading the certificate" />;
  return (
    <section class="certificate-page">
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      <article class="certificate" aria-labelledby="certificate-heading">
        {c.organisation && <p class="certificate-org">{c.organisation}</p>}
        <h1 id="certificate-heading">Certificate of completion</h1>
        <p>This certifies that</p>
        <p class="certificate-name">{c.personName}</p>
        <p>
          completed a mentorship {c.role === "mentor" ? "as the mentor of" : "with their mentor"}{" "}
          <strong>{c.partnerName}</strong> in
        </p>
        <p class="certificate-program">{c.programName}</p>
        <p>
          {c.startedAt ? `from ${formatDate(c.startedAt)} ` : ""}to {formatDate(c.completedAt)}
        </p>
        <p class="certificate-verify">Verify at {location.origin + location.pathname}</p>
      </article>
    </section>
  );
}
