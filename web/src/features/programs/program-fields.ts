/** The choices of the program form: kinds, its whole-number settings, and the profile fields the sign-up form may ask. */
import type { NumberSpec } from "../../lib/Field";
import type { Translate } from "../../lib/i18n";
import { RETENTION_MONTHS } from "../../../../workers/domain/audit";
import { PROFILE_FIELDS } from "../../../../workers/domain/profile-fields";
export const KINDS = ["one-to-one", "group", "peer", "reverse", "speed", "roulette"] as const;

/** A program kind in the viewer's words ("one-to-one" in English); an unknown one as the API sent it. */
export const kindName = (t: Translate, kind: string) =>
  ({
    "one-to-one": t("programs.kind.oneToOne"),
    group: t("programs.kind.group"),
    peer: t("programs.kind.peer"),
    reverse: t("programs.kind.reverse"),
    speed: t("programs.kind.speed"),
    roulette: t("programs.kind.roulette"),
  })[kind] ?? kind;

export const FIELD_KEYS: string[] = [...PROFILE_FIELDS];
/** The profile fields with their names, in the order of FIELD_KEYS. */
export const fieldsOf = (t: Translate): [string, string][] => [
  ["department", t("programs.field.department")],
  ["title", t("programs.field.title")],
  ["location", t("programs.field.location")],
  ["timezone", t("programs.field.timezone")],
  ["yearsExperience", t("programs.field.yearsExperience")],
  ["skillsOffered", t("programs.field.skillsOffered")],
  ["skillsSought", t("programs.field.skillsSought")],
  ["goals", t("programs.field.goals")],
  ["format", t("programs.field.format")],
  ["frequency", t("programs.field.frequency")],
  ["languages", t("programs.field.languages")],
];

/** The program's whole-number settings, each drawn by `NumberField`. */
export const numbersOf = (t: Translate) =>
  ({
    cycleWeeks: {
      id: "p-cycle",
      label: t("programs.number.cycleWeeks"),
      hint: t("programs.number.cycleWeeksHint"),
      range: [1, 26],
    },
    meetingEveryDays: {
      id: "p-meetings",
      label: t("programs.number.meetingEveryDays"),
      hint: t("programs.number.meetingEveryDaysHint"),
      range: [7, 90],
    },
    defaultCapacity: {
      id: "p-capacity",
      label: t("programs.number.defaultCapacity"),
      hint: t("programs.number.defaultCapacityHint"),
      range: [1, 20],
    },
    retentionMonths: {
      id: "p-retention",
      label: t("programs.number.retentionMonths"),
      hint: t("programs.number.retentionMonthsHint"),
      range: [RETENTION_MONTHS.min, RETENTION_MONTHS.max],
    },
  }) satisfies Record<string, NumberSpec>;

/** How often a roulette program draws its pairs, in weeks, drawn by `SelectField`. */
export const cadenceOf = (t: Translate) => ({
  id: "p-cadence",
  label: t("programs.form.cadence"),
  hint: t("programs.form.cadenceHint"),
  options: [
    ["1", t("programs.form.everyWeek")],
    ["2", t("programs.form.everyTwoWeeks")],
    ["4", t("programs.form.everyFourWeeks")],
  ] as const,
});
