/** How the insights page shows one figure, and a section's table of figures with its CSV. */
import type { ComponentChildren } from "preact";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { Section as TitledSection } from "../../lib/Section";
import type { Cell } from "../../lib/csv";
import { useT } from "./i18n";

/** A figure the 5-person floor hid: the word, with why on hover and for screen readers. */
export function Hidden() {
  const { t } = useT();
  return (
    <span class="hidden-figure" title={t("insights.hidden.title")}>
      {t("insights.hidden.word")}
      <span class="sr-only"> {t("insights.hidden.why")}</span>
    </span>
  );
}

type FigureProps = { value: number | null; unit?: string; hidden?: boolean };

/** A number as read on the page: "hidden" when `hidden`, "—" when there was nothing to count. */
export function Figure({ value, unit = "", hidden }: FigureProps) {
  const { t, language } = useT();
  if (value === null) return hidden ? <Hidden /> : <span title={t("insights.figure.nothing")}>—</span>;
  return (
    <>
      {new Intl.NumberFormat(language).format(value)}
      {unit}
    </>
  );
}

/** A table cell holding one figure. */
export const FigureCell = (props: FigureProps) => (
  <td>
    <Figure {...props} />
  </td>
);

/** A titled part of the page; its heading names it for screen readers and its id is a link target. */
export const Section = (props: { id: string; title: string; children: ComponentChildren }) => (
  <TitledSection class="insight" id={props.id} headingId={`${props.id}-title`} title={props.title}>
    {props.children}
  </TitledSection>
);

export type FigureRow = { label: string; value: number | null; unit?: string; hidden?: boolean };

/** Label and value per row; the CSV has the same rows. */
export function FigureTable({ name, file, rows }: { name: string; file: string; rows: FigureRow[] }) {
  const csv: Cell[][] = rows.map((r) => [r.label, r.value === null && !r.hidden ? "" : r.value]);
  return (
    <>
      <table class="figures">
        <caption class="sr-only">{name}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <FigureCell value={r.value} unit={r.unit} hidden={r.hidden} />
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadCsv file={file} label={name} header={["figure", "value"]} rows={csv} />
    </>
  );
}

/** A section that opens with its table of figures (named `name`, or the title); `children` follow it. */
export function FigureSection(props: {
  id: string;
  title: string;
  name?: string;
  rows: FigureRow[];
  children?: ComponentChildren;
}) {
  return (
    <Section id={props.id} title={props.title}>
      <FigureTable name={props.name ?? props.title} file={props.id} rows={props.rows} />
      {props.children}
    </Section>
  );
}
