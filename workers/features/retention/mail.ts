/** @module features/retention/mail — the month's notice before an ended program's data is deleted. */
import { layout, type RenderedMail } from "../mail";

export function retentionWarningMail(name: string, programName: string, deleteOn: string, url: string): RenderedMail {
  const subject = `${programName}: its data will be deleted on ${deleteOn}`;
  const { html, text } = layout(
    subject,
    [
      `Hi ${name},`,
      `${programName} has ended. As its retention setting says, its data (participants' enrolments, pairs, meetings, goals, survey answers, matching runs and its library) will be deleted on ${deleteOn}.`,
      "Export anything you need to keep before then, or keep it longer by raising the program's retention period in its settings.",
    ],
    { label: "Open the program's settings", url },
    "You get this because you manage this program.",
  );
  return { subject, text, html };
}
