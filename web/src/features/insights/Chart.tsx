/** One weekly series as a uPlot line chart, coloured from the design tokens, as wide as its box. */
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { calendarDay } from "../../lib/dates";

// A canvas cannot read CSS custom properties, so the chart asks for the tokens' computed values.
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

export function Chart(props: { label: string; weeks: string[]; values: (number | null)[] }) {
  const { label, weeks, values } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const x = weeks.map((_, i) => i);
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
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : "")),
        },
      ],
      series: [{}, { label, stroke: token(el, "--accent"), width: 2, points: { show: true } }],
    };
    const plot = new uPlot(opts, [x, values], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height: 160 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [label, JSON.stringify([weeks, values])]);
  const total = values.reduce<number>((t, v) => t + (v ?? 0), 0);
  return (
    <figure class="chart">
      <figcaption>{label}</figcaption>
      <div
        ref={box}
        role="img"
        aria-label={`${label}: ${total} over ${weeks.length} weeks; the table of numbers follows.`}
      />
    </figure>
  );
}
