/**
 * What a participant's phone says: an empty seat is said as one (never "table 1 with"), picks open
 * only once the person's own rounds are over, and counts take the right plural.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "../../web/src/features/events/locales/en.json";
import { roundText as roundTextIn, roundsOver } from "../../web/src/features/events/seat-text";
import { plural } from "../../web/src/lib/text";

/** The seat's words from the events catalog, in English as a participant's phone shows them. */
const english = (id: string, values?: Record<string, string | number>) =>
  String(new IntlMessageFormat((en as Record<string, string>)[id]!, "en").format(values));
const roundText = (seat: Parameters<typeof roundTextIn>[1]) => roundTextIn(english, seat);

const state = (phase: "lobby" | "round" | "break" | "finished", round: number) => ({
  type: "state" as const,
  phase,
  round,
  endsAt: null,
  serverNow: 0,
});

describe("a participant's rounds", () => {
  it("says an empty seat and a round sat out plainly", () => {
    expect(roundText({ round: 1, table: 1, partners: [] })).toBe("table 1: an open seat, nobody to meet");
    expect(roundText({ round: 1, table: 1, partners: [] })).not.toMatch(/with/);
    expect(roundText({ round: 2, table: null, partners: [] })).toBe("you sit out");
    expect(roundText({ round: 3, table: 2, partners: [{ name: "Ada" }, { name: "Bo" }] })).toBe("table 2 with Ada, Bo");
  });

  it("opens picking only after the person's last round with a partner", () => {
    const seats = {
      rounds: [
        { round: 1, table: 1, partners: [{ name: "Ada" }] },
        { round: 2, table: 1, partners: [{ name: "Bo" }] },
        { round: 3, table: null, partners: [] },
      ],
    };
    expect(roundsOver(seats, null)).toBe(false);
    expect(roundsOver(seats, state("lobby", 0))).toBe(false);
    expect(roundsOver(seats, state("round", 1))).toBe(false);
    expect(roundsOver(seats, state("break", 1))).toBe(false);
    expect(roundsOver(seats, state("round", 2))).toBe(false);
    expect(roundsOver(seats, state("break", 2))).toBe(true);
    expect(roundsOver(seats, state("round", 3))).toBe(true);
    expect(roundsOver(seats, state("finished", 3))).toBe(true);
  });

  it("counts in the right plural", () => {
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(5, "minute")).toBe("5 minutes");
    expect(plural(0, "mentee")).toBe("0 mentees");
  });
});
