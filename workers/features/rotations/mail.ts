/**
 * @module features/rotations/mail
 * Mail of a reverse-mentoring rotation: each cycle's introduction with a first agenda and an invite, and
 * the feedback question at its end.
 */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

type Partner = { name: string; title: string; department: string };
const who = (p: Partner) => [p.name, [p.title, p.department].filter(Boolean).join(", ")].filter(Boolean).join(" — ");

export function rotationIntroMail(
  name: string,
  role: "junior" | "senior",
  partners: Partner[],
  program: { id: string; name: string; cycle: number; until: string },
  agenda: string[],
  origin: string,
): RenderedMail {
  const calendar = `${origin}/api/programs/${program.id}/rotations/${program.cycle}/calendar.ics`;
  const names = partners.map((p) => p.name).join(" and ");
  const { html, text } = layout(
    `Cycle ${program.cycle} of ${program.name}: meet ${names}`,
    [
      `Hello ${name},`,
      role === "junior"
        ? `Until ${program.until} you mentor ${partners.map(who).join("; ")}.`
        : `Until ${program.until} you are mentored by ${partners.map(who).join("; ")}.`,
      `A first agenda: ${agenda.map((line, i) => `${i + 1}. ${line}`).join(" ")}`,
      `The invite for a first meeting is attached (it is also at ${calendar}); move it to a time that suits you both.`,
    ],
    { label: "See your rotation", url: pageUrl(origin, pagePaths.rotation(program.id)) },
    "You receive this because you take part in a reverse-mentoring program.",
  );
  return { subject: `${program.name}: your partner for cycle ${program.cycle}`, text, html, category: "rotations" };
}

export function rotationFeedbackMail(
  name: string,
  partners: string[],
  program: { id: string; name: string; cycle: number },
  origin: string,
): RenderedMail {
  const programName = program.name;
  const { html, text } = layout(
    `How was your cycle with ${partners.join(" and ")}?`,
    [
      `Hello ${name},`,
      `A cycle of ${programName} has ended. One question, a few seconds: how useful were your conversations with ${partners.join(" and ")}, from 1 to 5?`,
    ],
    { label: "Answer", url: pageUrl(origin, pagePaths.rotationFeedback(program.id, program.cycle)) },
    "Your answer helps the organisers plan the next cycles.",
  );
  return { subject: `${programName}: how was this cycle?`, text, html, category: "surveys" };
}
