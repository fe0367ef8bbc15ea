/**
 * How fast mentors answer mentees' requests, in the Matching section: the figures the Matching page
 * shows (same call, same cache), summed up, with the slowest mentors first.
 */
import { Alert } from "../../lib/Alert";
import { plural } from "../../lib/format";
import { useApi } from "../../lib/query";
import { Table } from "../../lib/Table";
import { loadResponseTimes } from "../matching/admin/data";
import { duration } from "../matching/admin/ResponseTimes";
import { DownloadCsv } from "../../lib/DownloadCsv";

const SHOWN = 5;

export function Responses({ programId }: { programId: string }) {
  const { data, error } = useApi(["programs", programId, "response-times"], () => loadResponseTimes(programId));
  const rows = (data?.items ?? []).filter((r) => r.received > 0);
  if (!error && rows.length === 0) return null;
  const answered = rows.reduce((n, r) => n + r.accepted + r.declined, 0);
  // Each mentor's average weighs as many answers as they gave, so the mean is over every answer.
  const hours = rows.reduce((n, r) => n + (r.averageHours ?? 0) * (r.accepted + r.declined), 0);
  return (
    <>
      <h3>Mentor response times</h3>
      <Alert message={error} />
      {rows.length > 0 && (
        <>
          <p>
            {plural(
              rows.reduce((n, r) => n + r.received, 0),
              "request",
            )}{" "}
            to {plural(rows.length, "mentor")};{" "}
            {answered ? `answered on average in ${duration(hours / answered).toLowerCase()}` : "none answered yet"};{" "}
            {rows.reduce((n, r) => n + r.lapsed, 0)} lapsed.
          </p>
          <Table
            caption="Mentors who answer slowest"
            region="Mentors who answer slowest, scrollable"
            columns={["Mentor", "Requests", "Lapsed", "Average answer"]}
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
            Every mentor is on the <a href={`/admin/programs/${programId}/matching`}>Matching</a> page.
          </p>
          <DownloadCsv
            file="mentor-response-times"
            label="mentor response times"
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
