/**
 * @module domain/matching/reasons
 * A pair's reasons as their reader reads them. Scoring writes them once, in the mentee's words, and
 * they are stored with the pair; here they are split into what makes the pair fit and what to watch
 * out for (a weak point is never offered as a reason to pair), and worded for the organiser ("Both
 * care about …"), the mentee ("You both care about …") or the mentor ("Your experience …"). Reasons
 * stored before this wording are read the same way.
 */

export type Reader = "organiser" | "mentee" | "mentor";
export type ReadReasons = { reasons: string[]; watchOut: string[] };

/** Below this many shared working hours, finding a time is a weak point rather than a fit. */
const FEW_HOURS = 3;

type Rule = { match: RegExp; read: (m: RegExpMatchArray, reader: Reader) => { reason?: string; watch?: string } };

const RULES: Rule[] = [
  {
    match: /^You both care about (.+)$/,
    read: ([, what], reader) => ({ reason: `${reader === "organiser" ? "Both care" : "You both care"} about ${what}` }),
  },
  {
    match: /^Their experience speaks to your goal \((.+)\)$/,
    read: ([, words], reader) => ({
      reason:
        reader === "organiser"
          ? `The mentor's experience speaks to the mentee's goal (${words})`
          : reader === "mentor"
            ? `Your experience speaks to their goal (${words})`
            : `Their experience speaks to your goal (${words})`,
    }),
  },
  {
    match: /^(\d+) years of experience between you$/,
    read: ([, years], reader) => ({
      reason: `${years} years of experience between ${reader === "organiser" ? "them" : "you"}`,
    }),
  },
  {
    match: /^No working hours in common$|^No shared working hours$/,
    read: () => ({ watch: "No shared working hours" }),
  },
  {
    match: /^(\d+) working hours? overlaps?$/,
    read: ([whole, hours]) =>
      Number(hours) >= FEW_HOURS
        ? { reason: whole }
        : { watch: `Only ${hours} working ${hours === "1" ? "hour overlaps" : "hours overlap"}` },
  },
];

/** The stored reasons of a pair, split and worded for `reader`. */
export function readReasons(stored: string[], reader: Reader): ReadReasons {
  const out: ReadReasons = { reasons: [], watchOut: [] };
  for (const text of stored) {
    const rule = RULES.find((r) => r.match.test(text));
    const read = rule ? rule.read(text.match(rule.match)!, reader) : { reason: text };
    if (read.reason) out.reasons.push(read.reason);
    if (read.watch) out.watchOut.push(read.watch);
  }
  return out;
}

/** The reasons as one sentence for a mail, weak points left out: "You both care about SQL; 5 working hours overlap." */
export const explainFor = (stored: string[], reader: Reader) => {
  const { reasons } = readReasons(stored, reader);
  return reasons.length ? `${reasons.join("; ")}.` : "";
};

/** Why matching left a mentee out: the required training they have not passed ("Giving feedback; Setting goals"). */
export const untrainedReason = (titles: string) => `Has not finished the required training: ${titles}.`;
