/**
 * @module features/roulette/mail
 * A roulette round's introduction: who, a conversation starter from shared interests, and a half hour
 * inside everyone's working hours (the invite is attached). Slack is not a channel yet: mail only.
 */
import { pagePaths, pageUrl } from "../../domain/links";
import { letter, partnerValues, type Partner, type RenderedMail } from "../mail";
import { translator, type UiLanguage } from "../../platform/i18n";

/** `round.slot` is already written in the reader's language and time zone. */
export function rouletteIntroMail(
  language: UiLanguage,
  name: string,
  partners: Partner[],
  round: { programName: string; round: number; interests: string[]; slot: string; sharedHours: boolean },
  origin: string,
  link: { pairId: string; token: string },
): RenderedMail {
  const t = translator(language);
  const values = {
    name,
    ...partnerValues(language, partners),
    program: round.programName,
    slot: round.slot,
  };
  return letter(language, {
    subject: t("mail.roulette.subject", values),
    heading: t("mail.roulette.heading", values),
    paragraphs: [
      t("mail.hello", values),
      t("mail.roulette.body", values),
      round.interests.length
        ? t("mail.roulette.interests", { interests: round.interests.slice(0, 3).join(", ") })
        : t("mail.roulette.noInterests"),
      round.sharedHours ? t("mail.roulette.slot", values) : t("mail.roulette.slotOutside", values),
      t("mail.roulette.afterwards"),
    ],
    action: { label: t("mail.roulette.button"), url: pageUrl(origin, pagePaths.roulettePair(link.pairId, link.token)) },
    footer: t("mail.roulette.footer", values),
    category: "roulette",
  });
}
