/**
 * @module features/groups/mail
 * Mail of group mentoring and peer circles: "your group is ready", sent once to each member when the
 * organisers publish the groups.
 */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

type Mate = { name: string; role: string };

/** The names for a sentence: "Ada, Ben and Cy". */
const listed = (names: string[]) =>
  names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

export function groupReadyMail(
  name: string,
  group: { name: string; programName: string; peer: boolean },
  mates: Mate[],
  origin: string,
  groupId: string,
): RenderedMail {
  const mentors = mates.filter((m) => m.role === "mentor").map((m) => m.name);
  const others = mates.filter((m) => m.role !== "mentor").map((m) => m.name);
  const who = [mentors.length ? `led by ${listed(mentors)}` : "", others.length ? `with ${listed(others)}` : ""].filter(
    Boolean,
  );
  const { html, text } = layout(
    `${group.name} of ${group.programName} is ready`,
    [
      `Hello ${name},`,
      `You are in ${group.name}${who.length ? `, ${who.join(", ")}` : ""}.`,
      group.peer
        ? "A peer circle works best when someone proposes the first meeting: any of you can set it on the group's page."
        : "Any member can set the next meeting (a time and a place or video link) on the group's page, and post short notes there.",
    ],
    { label: "Open your group's page", url: pageUrl(origin, pagePaths.group(groupId)) },
    "You receive this because you take part in a group mentoring program.",
  );
  return { subject: `${group.programName}: your group is ready`, text, html, category: "groups" };
}
