/**
 * A survey's results: the response rate, then per question the average, the NPS, the spread of answers
 * as plain bars with their numbers, and written answers; then the same per group. An anonymous survey
 * shows nothing under five answers, and a breakdown only groups of five or more (see the API).
 */
import { api, ok } from "../../../lib/api";
import { Alert, TryAgain } from "../../../lib/Alert";
import { useApi } from "../../../lib/query";
import { useSurveyWords } from "./words";
import { useT } from "../i18n";
import { Skeleton } from "../../../lib/Skeleton";

const loadResults = (id: string) => ok(api.surveys[":id"].results.$get({ param: { id } }));
type Results = Awaited<ReturnType<typeof loadResults>>;
type QuestionResult = Results["questions"][number];

export function SurveyResults({ id }: { id: string }) {
  const { t } = useT();
  const { answeredText } = useSurveyWords();
  // "other" is the API's group of small groups together, and also ICU's word for "any other value".
  const groupName = (g: string) =>
    g === "other"
      ? t("surveys.results.groupOthers")
      : t("surveys.results.group", { group: g, shown: g.charAt(0).toUpperCase() + g.slice(1) });
  const { data, error, reload } = useApi(["surveys", id, "results"], () => loadResults(id));
  if (error) {
    return (
      <Alert message={error}>
        <TryAgain onClick={reload} />
      </Alert>
    );
  }
  if (!data) return <Skeleton label={t("surveys.results.loading")} />;
  return (
    <>
      <h1>{t("surveys.results.title", { title: data.title })}</h1>
      <p>
        <strong>
          {answeredText({ invited: data.invited, responded: data.responses, responseRate: data.responseRate })}
        </strong>
      </p>
      {data.responses === 0 && !data.hidden ? (
        <p class="empty">{t("surveys.results.none")}</p>
      ) : data.hidden ? (
        <p class="empty">{t("surveys.results.hidden")}</p>
      ) : (
        <>
          {data.questions.map((q) => (
            <QuestionCard key={q.id} q={q} level={2} />
          ))}
          {data.groups.length > 0 && <h2>{t("surveys.results.byGroup")}</h2>}
          {data.groups.some((g) => g.hidden) ? (
            <p class="hint">{t("surveys.results.noBreakdown")}</p>
          ) : (
            data.groups.map((g) => (
              <section key={g.group} class="card" aria-labelledby={`group-${g.group}`}>
                <h3 id={`group-${g.group}`}>{groupName(g.group)}</h3>
                <details>
                  <summary>{t("surveys.results.groupAnswers", { count: g.responses ?? 0 })}</summary>
                  {g.questions.map((q) => (
                    <QuestionCard key={q.id} q={q} level={4} />
                  ))}
                </details>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}

function QuestionCard({ q, level }: { q: QuestionResult; level: 2 | 4 }) {
  const { t } = useT();
  const Heading = level === 2 ? "h2" : "h4";
  return (
    <section class="card" aria-label={q.text}>
      <Heading style={{ marginTop: 0, fontSize: "18px" }}>{q.text}</Heading>
      <p class="hint">{t("surveys.results.answers", { count: q.answers })}</p>
      {q.average !== undefined && (
        <p>
          {t("surveys.results.average")} <strong>{q.average}</strong>{" "}
          {q.type === "rating" ? t("surveys.results.outOf5") : t("surveys.results.outOf10")}
        </p>
      )}
      {q.nps !== undefined && (
        <p>
          {t("surveys.results.nps")} <strong>{q.nps}</strong>
          {t("surveys.results.npsExplained")}
        </p>
      )}
      {q.distribution && <Bars distribution={q.distribution} total={q.answers} />}
      {q.texts &&
        (q.texts.length ? (
          <ul>
            {q.texts.map((text, i) => (
              <li key={i} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {text}
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">{t("surveys.results.noTexts")}</p>
        ))}
    </section>
  );
}

const barTrack = {
  height: "12px",
  background: "var(--neutral-bg)",
  borderRadius: "var(--radius-s)",
  overflow: "hidden",
};

/** One bar per answer given, with its count and share in words; the bars themselves are decoration. */
function Bars({ distribution, total }: { distribution: Record<string, number>; total: number }) {
  // One label width for all rows, so that the bars start at the same place; long options wrap.
  const longest = Math.max(...Object.keys(distribution).map((label) => label.length), 2);
  const row = {
    display: "grid",
    gridTemplateColumns: `min(40%, ${longest + 1}ch) minmax(40px, 1fr) 9ch`,
    gap: "8px",
    alignItems: "center",
    margin: "4px 0",
  };
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {Object.entries(distribution).map(([label, n]) => {
        const share = total ? Math.round((n / total) * 100) : 0;
        return (
          <li key={label} style={row}>
            <span style={{ overflowWrap: "anywhere" }}>{label}</span>
            <span style={barTrack} aria-hidden="true">
              <span style={{ display: "block", height: "100%", width: `${share}%`, background: "var(--accent)" }} />
            </span>
            <span>
              {n}
              <span class="hint"> ({share}%)</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
