/** A status as a tag in the one palette (ARCHITECTURE.md, the web app): its tone comes from `toneOf`. */
import type { ComponentChildren } from "preact";
import { toneOf } from "./tone";

/** Shows `status` itself, or `children` where the page words it otherwise. */
export const StatusTag = ({ status, children }: { status: string; children?: ComponentChildren }) => (
  <span class="tag" data-tone={toneOf(status)}>
    {children ?? status}
  </span>
);
