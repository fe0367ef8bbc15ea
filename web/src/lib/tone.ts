/**
 * The one status palette: every status word maps to a tone, and a `Tag` of that tone (lib/StatusTag.tsx)
 * takes the tone's colours from styles/tokens.css, so "ended" looks the same on every page.
 */
export type Tone = "neutral" | "success" | "warning" | "danger" | "info";

const TONES: Record<string, Tone> = {
  active: "success",
  published: "success",
  accepted: "success",
  "under way": "success",
  pending: "warning",
  draft: "warning",
  proposed: "warning",
  planned: "warning",
  paused: "warning",
  quiet: "warning",
  withdrawn: "danger",
  declined: "danger",
  lapsed: "danger",
  skipped: "danger",
  stalled: "danger",
  completed: "info",
  locked: "info",
  ended: "neutral",
  cancelled: "neutral",
  done: "neutral",
  "to do": "warning",
  failed: "danger",
  passed: "success",
};

export const toneOf = (status: string): Tone => TONES[status] ?? "neutral";
