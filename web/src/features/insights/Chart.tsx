/** One weekly series as a uPlot line chart, coloured from the design tokens, as wide as its box. */
import { useEffect, useRef } from "preact/hooks";
import type uPlot from "uplot";
import { calendarDay } from "../../lib/dates";
import { useT } from "./i18n";

// The chart library loads after the page's first paint: the numbers are in the table below
// and the box keeps its height, so the page is readable and nothing moves while it loads.
const loadPlot = () => import("./plot").then((m) => m.default);

// A canvas cannot read CSS custom properties, so the chart asks for the tokens' computed values.
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

export function Chart(props: { label: string; weeks: string[]; values: (number | null)[] }) {
  const { label, weeks, values } = props;
  const { t, language } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    let gone = false;
    void loadPlot().then((UPlot) => {
      if (gone) return;
      plot = draw(UPlot, el);
      const shown = plot;
      resize = new ResizeObserver(() => shown.setSize({ width: Math.max(200, el.clientWidth), height: 160 }));
      resize.observe(el);
    });
    return () => {
      gone = true;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [label, language, JSON.stringify([weeks, values])]);

  function draw(UPlot: typeof uPlot, el: HTMLDivElement) {
    const x = weeks.map((_, i) => i);
    const count = new Intl.NumberFormat(language);
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height: 160,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(4, max)] } },
      axes: [
        {
          stroke: token(el, "--muted"),
          grid: { show: false },
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) && weeks[i] ? calendarDay(weeks[i]) : "")),
        },
        {
          stroke: token(el, "--muted"),
          grid: { stroke: token(el, "--line") },
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? count.format(v) : "")),
        },
      ],
      series: [{}, { label, stroke: token(el, "--accent"), width: 2, points: { show: true } }],
    };
    return new UPlot(opts, [x, values], el);
  }
  const total = values.reduce<number>((t, v) => t + (v ?? 0), 0);
  return (
    <figure class="chart">
      <figcaption>{label}</figcaption>
      <div
        ref={box}
        class="chart-box"
        role="img"
        aria-label={t("insights.chart.summary", { label, total, weeks: weeks.length })}
      />
    </figure>
  );
}
