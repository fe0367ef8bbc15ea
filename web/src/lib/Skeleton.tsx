/**
 * What a region shows while it loads: grey bars in the shape of what is coming (lines of text, or
 * cards), so the page does not jump when it arrives. Screen readers hear the label once; the shimmer
 * stops for people who prefer reduced motion (styles/components.css).
 */
import { useT } from "./i18n";

type Props = {
  /** What is loading, said to screen readers: "Loading your programs". */
  label?: string;
  /** Lines of text to stand in for; ignored when `cards` is given. */
  lines?: number;
  /** Cards to stand in for, each a heading and two lines. */
  cards?: number;
};

export function Skeleton({ label, lines = 3, cards }: Props) {
  const { t } = useT();
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="sr-only">{label ?? t("shell.loading")}…</span>
      {cards
        ? Array.from({ length: cards }, (_, i) => (
            <div class="skeleton-card" key={i} aria-hidden="true">
              <span class="skeleton-line skeleton-heading" />
              <span class="skeleton-line" />
              <span class="skeleton-line" />
            </div>
          ))
        : Array.from({ length: lines }, (_, i) => <span class="skeleton-line" key={i} aria-hidden="true" />)}
    </div>
  );
}
