/**
 * The frame of a program's admin pages: the way back to the program, tabs for its sub-pages and the
 * page's heading. The program loads once for all of them (its answer is cached under ["programs", id]).
 */
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { useApi } from "../../lib/query";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

const loadProgram = (id: string) => ok(api.programs[":id"].$get({ param: { id } }));
export type Program = Awaited<ReturnType<typeof loadProgram>>;

/**
 * The program with this id; nothing is asked while there is no id (a new program). Moving between its
 * tabs does not ask again: this app's own changes put the new program in place (`set`) or mark it
 * stale. Its own page asks afresh (`fresh`), for counts that others' sign-ups change.
 */
export const useProgram = (id: string | undefined, fresh = false) =>
  useApi(["programs", id], () => loadProgram(id!), { enabled: !!id, staleTime: fresh ? 0 : 5 * 60_000 });

/**
 * What a program's admin page shows beside the program itself; `loading` is both loads as one for
 * `Loading` (there once both came, one error and one reload for both).
 */
export function useProgramPage<T>(id: string, part: string, load: (id: string) => Promise<T>) {
  const program = useProgram(id);
  const page = useApi(["programs", id, part], () => load(id));
  return {
    program: program.data,
    data: page.data,
    set: page.set,
    loading: {
      data: program.data && page.data,
      error: program.error ?? page.error,
      reload: () => Promise.all([program.reload(), page.reload()]),
    },
  };
}

type Tab =
  | "overview"
  | "insights"
  | "outcomes"
  | "participants"
  | "training"
  | "matching"
  | "surveys"
  | "rotation"
  | "groups"
  | "library";

const tabsOf = (t: Translate, kind: Program["kind"] | undefined): [Tab, string][] => [
  ["overview", t("programs.tab.overview")],
  ["participants", t("programs.tab.participants")],
  ["training", t("programs.tab.training")],
  ["matching", t("programs.tab.matching")],
  ...(kind === "reverse" ? [["rotation", t("programs.tab.rotation")] as [Tab, string]] : []),
  ...(kind === "group" || kind === "peer" ? [["groups", t("programs.tab.groups")] as [Tab, string]] : []),
  ["surveys", t("programs.tab.surveys")],
  ["library", t("programs.tab.library")],
  ["insights", t("programs.tab.insights")],
  ["outcomes", t("programs.tab.outcomes")],
];

/**
 * The program's pages as tabs: links with `aria-current`, since each is a page of its own. On a phone
 * the row scrolls sideways inside itself rather than widening the page.
 */
export function ProgramTabs({ id, kind, tab }: { id: string; kind: Program["kind"] | undefined; tab: Tab }) {
  const base = `/admin/programs/${id}`;
  const { t } = useT();
  const strip = useRef<HTMLUListElement>(null);
  // The current page's tab may lie past the strip's edge on a phone ("Matc…"): scroll the strip, not
  // the page, to show it whole.
  useLayoutEffect(() => {
    const ul = strip.current;
    const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!ul || !current) return;
    const left = current.offsetLeft - ul.offsetLeft;
    const right = left + current.offsetWidth;
    if (right > ul.scrollLeft + ul.clientWidth) ul.scrollLeft = right - ul.clientWidth;
    else if (left < ul.scrollLeft) ul.scrollLeft = left;
  }, [tab, kind]);
  return (
    <nav class="tabs program-tabs" aria-label={t("programs.tab.label")}>
      <ul ref={strip}>
        {tabsOf(t, kind).map(([key, label]) => (
          <li key={key}>
            <a href={key === "overview" ? base : `${base}/${key}`} aria-current={key === tab ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type Props = {
  tab: Tab;
  /** The heading once the program's name is known ("" before). */
  heading: (name: string) => string;
  headingId?: string;
  class?: string;
  children: ComponentChildren;
};

/** The frame of the program the route names (/admin/programs/:id/…). */
export function ProgramLayout({ tab, heading, headingId, class: cls, children }: Props) {
  const id = useRoute().params.id!;
  const { data: program } = useProgram(id);
  const base = `/admin/programs/${id}`;
  const { t } = useT();
  return (
    <section class={cls}>
      <p>
        <a href={base}>← {program?.name ?? t("programs.layout.program")}</a>
      </p>
      <ProgramTabs id={id} kind={program?.kind} tab={tab} />
      <h1 id={headingId} tabIndex={headingId ? -1 : undefined}>
        {heading(program?.name ?? "")}
      </h1>
      {children}
    </section>
  );
}
