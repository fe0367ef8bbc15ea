/**
 * How fast mentors answer mentees' requests, in the Matching section: the figures the Matching page
 * shows (same call, same cache), summed up, with the slowest mentors first.
 */
import { Alert } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import { Table } from "../../lib/Table";
import { loadResponseTimes } from "../matching/admin/data";
import { duration } from "../../lib/duration";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { useT } from "./i18n";

const SHOWN = 5;

export function Responses({ programId }: { programId: string }) {
  const { t } = useT();
  const { data, error } = useApi(["programs", programId, "response-times"], () => loadResponseTimes(programId));
  const rows = (data?.items ?? []).filter((r) => r.received > 0);
  if (!error && rows.length === 0) return null;
  const col = {
    mentor: t("insights.responses.mentor"),
    requests: t("insights.responses.requests"),
    lapsed: t("insights.responses.lapsed"),
    average: t("insights.responses.average"),
  };
  const answered = rows.reduce((n, r) => n + r.accepted + r.declined, 0);
  // Each mentor's average weighs as many answers as they gave, so the mean is over every answer.
  const hours = rows.reduce((n, r) => n + (r.averageHours ?? 0) * (r.accepted + r.declined), 0);
  return (
    <>
      <h3>{t("insights.responses.title")}</h3>
      <Alert message={error} />
      {rows.length > 0 && (
        <>
          <p>
            {answered
              ? t("insights.responses.summary", {
                  requests: rows.reduce((n, r) => n + r.received, 0),
                  mentors: rows.length,
                  average: duration(hours / answered, true),
                  lapsed: rows.reduce((n, r) => n + r.lapsed, 0),
                })
              : t("insights.responses.summaryNone", {
                  requests: rows.reduce((n, r) => n + r.received, 0),
                  mentors: rows.length,
                  lapsed: rows.reduce((n, r) => n + r.lapsed, 0),
                })}
          </p>
          <Table
            caption={t("insights.responses.caption")}
            region={t("insights.responses.region")}
            columns={Object.values(col)}
          >
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.mentorId}>
                <th scope="row">{r.name}</th>
                <td>{r.received}</td>
                <td>{r.lapsed}</td>
                <td>{duration(r.averageHours)}</td>
              </tr>
            ))}
          </Table>
          <p class="hint">
            {/* The sentence's words around the link, spaces included, so each language places the link itself. */}
            {t("insights.responses.everyBefore")}
            <a href={`/admin/programs/${programId}/matching`}>{t("insights.responses.matchingLink")}</a>
            {t("insights.responses.everyAfter")}
          </p>
          <DownloadCsv
            file="mentor-response-times"
            label={t("insights.responses.csvLabel")}
            header={["mentor", "requests", "accepted", "declined", "lapsed", "waiting", "averageHours"]}
            rows={rows.map((r) => [
              r.name,
              r.received,
              r.accepted,
              r.declined,
              r.lapsed,
              r.pending,
              r.averageHours ?? "",
            ])}
          />
        </>
      )}
    </>
  );
}
