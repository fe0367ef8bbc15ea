/**
 * A program's insights for its organisers: funnel, matching, engagement, satisfaction, health, trends
 * and reach, for a range of weeks, each table downloadable, the whole page printable as a report.
 */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Alert, TryAgain } from "../../lib/Alert";
import { ApiError } from "../../lib/api";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi } from "../../lib/query";
import { ProgramLayout } from "../programs/ProgramLayout";
import { Funnel } from "./Funnel";
import { Health } from "./Health";
import { Measures } from "./Measures";
import { RangeForm } from "./RangeForm";
import { Reach } from "./Reach";
import { RouletteRounds } from "./RouletteRounds";
import { Suppressed } from "./Suppressed";
import { Trends } from "./Trends";
import { ProgramRecognition } from "../recognition/ProgramRecognition";
import { loadInsights, type Range } from "./data";
import { useT } from "./i18n";
import "../../styles/insights.css";
import { Skeleton } from "../../lib/Skeleton";

export default function InsightsPage() {
  return <RequireSignIn>{() => <InsightsView />}</RequireSignIn>;
}

function InsightsView() {
  const { t } = useT();
  const id = useRoute().params.id!;
  const [range, setRange] = useState<Range>({});
  const insights = useApi(["programs", id, "insights", range], () => loadInsights(id, range), { keepPrevious: true });
  const data = insights.data;
  const fields = insights.failure instanceof ApiError ? insights.failure.fields : {};
  const loaded = !!data;
  useEffect(() => {
    // The home's "See them" links to #health, which exists only once the page has loaded.
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);

  return (
    <ProgramLayout
      tab="insights"
      heading={(name) => (name ? t("insights.page.titleFor", { name }) : t("insights.page.title"))}
      class="insights"
    >
      <div class="insights-tools no-print">
        <RangeForm range={data?.range ?? null} errors={fields} onRange={setRange} />
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t("insights.page.print")}
        </button>
      </div>
      {data?.cohort && (
        <p class="status" role="status">
          {t("insights.page.cohortOnly", { cohort: data.cohort })}
        </p>
      )}
      {data && (
        <p class="print-only">
          {data.cohort
            ? t("insights.page.weeksCohort", { from: data.range.from, to: data.range.to, cohort: data.cohort })
            : t("insights.page.weeks", { from: data.range.from, to: data.range.to })}
        </p>
      )}
      {Object.keys(fields).length ? (
        <Alert message={t("insights.page.rangeRefused", { error: insights.error ?? "" })} />
      ) : (
        <Alert message={insights.error && t("insights.page.failed", { error: insights.error })}>
          <TryAgain onClick={insights.reload} />
        </Alert>
      )}
      {!data ? (
        !insights.error && <Skeleton label={t("insights.page.loading")} />
      ) : (
        <div class="insight-grid">
          <Funnel funnel={data.funnel} />
          <Measures id={id} data={data} />
          <Health id={id} health={data.health} />
          <Trends series={data.series} />
          <Reach breakdowns={data.breakdowns} />
          <RouletteRounds id={id} />
          <Suppressed items={data.suppressed} />
          <ProgramRecognition id={id} />
        </div>
      )}
    </ProgramLayout>
  );
}
