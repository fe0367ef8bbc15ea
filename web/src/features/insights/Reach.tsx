/** Who the program reaches: active participants by department, location, seniority and role. */
import { DownloadCsv } from "../../lib/DownloadCsv";
import { FigureCell, Section } from "./Figures";
import { OTHERS, type Insights } from "./data";

const TABLES: [keyof Insights["breakdowns"], string][] = [
  ["department", "Department"],
  ["location", "Location"],
  ["seniority", "Seniority"],
  ["role", "Role"],
];

export function Reach({ breakdowns }: { breakdowns: Insights["breakdowns"] }) {
  return (
    <Section id="reach" title="Reach">
      <p class="hint">
        Active participants, and how many of them are in a pair. Groups of fewer than 5 people are counted together.
      </p>
      <div class="reach">
        {TABLES.map(([key, label]) => {
          const rows = breakdowns[key];
          return (
            <div key={key}>
              <h3 id={`reach-${key}`}>By {label.toLowerCase()}</h3>
              {rows.length === 0 ? (
                <p class="empty">Nobody yet.</p>
              ) : (
                <table aria-labelledby={`reach-${key}`}>
                  <thead>
                    <tr>
                      <th scope="col">{label}</th>
                      <th scope="col">People</th>
                      <th scope="col">Matched</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.value ?? ""}>
                        <th scope="row">{r.value ?? OTHERS}</th>
                        <FigureCell value={r.people} hidden />
                        <FigureCell value={r.matched} hidden />
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <DownloadCsv
                file={`reach-by-${key}`}
                label={`participants by ${label.toLowerCase()}`}
                header={[key, "people", "matched"]}
                rows={rows.map((r) => [r.value ?? OTHERS, r.people, r.matched])}
              />
            </div>
          );
        })}
      </div>
    </Section>
  );
}
