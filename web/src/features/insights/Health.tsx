/** Pair health: how many pairs are healthy, quiet or stalled, and the pairs that need attention. */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Pager } from "../../lib/Pager";
import { useApi } from "../../lib/query";
import { StatusTag } from "../../lib/StatusTag";
import { formatDate } from "../../lib/dates";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureSection } from "./Figures";
import { HealthPolicyForm } from "./HealthPolicyForm";
import { PairSteps } from "./PairSteps";
import { loadHealth, type HealthFilter, type Insights } from "./data";

export function Health({ id, health }: { id: string; health: Insights["health"] }) {
  const [status, setStatus] = useState<HealthFilter>("");
  const [page, setPage] = useState(1);
  const pairs = useApi(["programs", id, "health", status, page], () => loadHealth(id, status, page), {
    keepPrevious: true,
  });
  const items = pairs.data?.items ?? [];
  return (
    <FigureSection
      id="health"
      title="Health"
      name="Active pairs by health"
      rows={[
        { label: "Healthy", value: health.healthy },
        { label: "Quiet", value: health.quiet },
        { label: "Stalled", value: health.stalled },
      ]}
    >
      <div class="no-print">
        <h3 id="attention-title">Pairs that need attention</h3>
        <div class="filters">
          <label>
            Which pairs
            <select
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value as HealthFilter);
                setPage(1);
              }}
            >
              <option value="">Quiet and stalled</option>
              <option value="quiet">Quiet only</option>
              <option value="stalled">Stalled only</option>
            </select>
          </label>
        </div>
        <Loading query={pairs} failed="The pairs could not be loaded" label="Loading the pairs" />
        {!pairs.data ? null : items.length === 0 ? (
          <p class="empty">No pair needs attention{status ? ` (${status})` : ""}.</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="stack attention" aria-labelledby="attention-title">
                <thead>
                  <tr>
                    <th scope="col">Mentor</th>
                    <th scope="col">Mentee</th>
                    <th scope="col">Status</th>
                    <th scope="col">Days</th>
                    <th scope="col">Last met</th>
                    <th scope="col">Why</th>
                    <th scope="col">Done since</th>
                    <th scope="col">Pair</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.mentorshipId}>
                      <td data-label="Mentor">{p.mentorName}</td>
                      <td data-label="Mentee">{p.menteeName}</td>
                      <td data-label="Status">
                        <StatusTag status={p.status} />
                      </td>
                      <td data-label="Days">{p.days}</td>
                      <td data-label="Last met">{p.lastMeetingAt ? formatDate(p.lastMeetingAt) : "never"}</td>
                      <td data-label="Why" class="wrap">
                        {p.reason}
                      </td>
                      <td data-label="Done since">
                        <PairSteps programId={id} pair={p} />
                      </td>
                      <td data-label="Pair">
                        <a href={`/mentorships/${p.mentorshipId}`}>
                          Open<span class="sr-only">{` ${p.mentorName} and ${p.menteeName}`}</span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <DownloadCsv
              file="pairs-needing-attention"
              label="this page of pairs"
              header={["mentor", "mentee", "status", "days", "reason"]}
              rows={items.map((p) => [p.mentorName, p.menteeName, p.status, p.days, p.reason])}
            />
            <Pager page={pairs.data.page} pageSize={pairs.data.pageSize} total={pairs.data.total} onPage={setPage} />
          </>
        )}
      </div>
      <HealthPolicyForm id={id} />
    </FigureSection>
  );
}
