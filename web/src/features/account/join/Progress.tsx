import { useT } from "../i18n";

/** Where the person is in the sign-up: "Step 2 of 3", with every step named and the current one marked. */
export function Progress({ titles, current }: { titles: string[]; current: number }) {
  const { t } = useT();
  return (
    <ol class="join-progress" aria-label={t("join.steps")}>
      {titles.map((title, i) => (
        <li key={title} aria-current={i === current ? "step" : undefined} class={i < current ? "done" : undefined}>
          <span class="join-progress-count">{t("join.stepOf", { step: i + 1, steps: titles.length })}</span>
          <span class={i === current ? "join-progress-title" : "join-progress-title sr-only"}>{title}</span>
        </li>
      ))}
    </ol>
  );
}
