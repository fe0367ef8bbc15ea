/**
 * @module features/groups/mail
 * Mail of group mentoring and peer circles: "your group is ready", sent once to each member when the
 * organisers publish the groups.
 */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { formatList, translator, type UiLanguage } from "../../platform/i18n";

type Mate = { name: string; role: string };

export function groupReadyMail(
  language: UiLanguage,
  name: string,
  group: { name: string; programName: string; peer: boolean },
  mates: Mate[],
  origin: string,
  groupId: string,
): RenderedMail {
  const t = translator(language);
  const mentors = mates.filter((m) => m.role === "mentor").map((m) => m.name);
  const others = mates.filter((m) => m.role !== "mentor").map((m) => m.name);
  const values = { name, group: group.name, program: group.programName };
  const who = [
    mentors.length ? t("mail.groupReady.ledBy", { names: formatList(language, mentors) }) : "",
    others.length ? t("mail.groupReady.with", { names: formatList(language, others) }) : "",
  ].filter(Boolean);
  return letter(language, {
    subject: t("mail.groupReady.subject", values),
    heading: t("mail.groupReady.heading", values),
    paragraphs: [
      t("mail.hello", values),
      who.length
        ? t("mail.groupReady.youAreInWith", { ...values, who: who.join(", ") })
        : t("mail.groupReady.youAreIn", values),
      group.peer ? t("mail.groupReady.peer") : t("mail.groupReady.group"),
    ],
    action: { label: t("mail.groupReady.button"), url: pageUrl(origin, pagePaths.group(groupId)) },
    footer: t("mail.groupReady.footer"),
    category: "groups",
  });
}
