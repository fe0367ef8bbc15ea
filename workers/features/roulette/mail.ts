/**
 * @module features/roulette/mail
 * A roulette round's introduction: who, a conversation starter from shared interests, and a half hour
 * inside everyone's working hours (the invite is attached). Slack is not a channel yet: mail only.
 */
import { pagePaths, pageUrl } from "../../domain/links";
import { layout, type RenderedMail } from "../mail";

type Partner = { name: string; title: string; department: string };
const who = (p: Partner) => [p.name, [p.title, p.department].filter(Boolean).join(", ")].filter(Boolean).join(" — ");

export function rouletteIntroMail(
  name: string,
  partners: Partner[],
  round: { programName: string; round: number; interests: string[]; slot: string; sharedHours: boolean },
  origin: string,
  link: { pairId: string; token: string },
): RenderedMail {
  const names = partners.map((p) => p.name).join(" and ");
  const { html, text } = layout(
    `Meet ${names}`,
    [
      `Hello ${name},`,
      `This round of ${round.programName} pairs you with ${partners.map(who).join("; ")}. Half an hour, in person or on a call: no agenda needed.`,
      round.interests.length
        ? `A way to start: you share an interest in ${round.interests.slice(0, 3).join(", ")}. What got each of you into it?`
        : "A way to start: what are you working on that you could explain in five minutes, and what would help?",
      round.sharedHours
        ? `A time inside everyone's working hours: ${round.slot}. The invite is attached; move it as you like.`
        : `You share no working hours, so the attached invite suggests ${round.slot}; pick a time that suits you both.`,
      "Afterwards, one click says you met (and rate it if you like). On the same page you can skip the next round or pause.",
    ],
    { label: "We met", url: pageUrl(origin, pagePaths.roulettePair(link.pairId, link.token)) },
    `You receive this because you opted in to ${round.programName}'s roulette.`,
  );
  return { subject: `${round.programName}: meet ${names}`, text, html, category: "roulette" };
}
