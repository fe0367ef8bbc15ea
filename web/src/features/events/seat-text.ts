/**
 * @module events/seat-text
 * What a participant's phone says of their rounds, as plain functions (no components), so Node tests
 * read them: an empty seat is never "table 1 with", and picking opens once their rounds are over.
 */
import type { Translate } from "../../lib/i18n";
import type { LiveState } from "./live";

/** One round of `GET /api/events/:id/my-seats`. */
export type Seat = { round: number; table: number | null; partners: { name: string }[] };

const withWhom = (s: Seat) => s.partners.map((p) => p.name).join(", ");

/** "table 2 with Ada", "table 2: an open seat, nobody to meet", "you sit out", in the viewer's words. */
export function roundText(t: Translate, r: Seat) {
  if (r.table == null) return t("events.seat.sitOut");
  return r.partners.length
    ? t("events.seat.with", { table: r.table, names: withWhom(r) })
    : t("events.seat.open", { table: r.table });
}

/** Whether every round this person sits in has ended: the time to pick whom to keep meeting. */
export function roundsOver(seats: { rounds: Seat[] } | null | undefined, s: LiveState | null) {
  if (!s || s.phase === "lobby") return false;
  if (s.phase === "finished") return true;
  const last = Math.max(0, ...(seats?.rounds ?? []).filter((r) => r.partners.length > 0).map((r) => r.round));
  return s.phase === "break" ? s.round >= last : s.round > last;
}
