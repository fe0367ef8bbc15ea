/** @module features/applications/mail — a mentor hears whether their application was accepted, and why not. */
import { layout, type RenderedMail } from "../mail";

export function applicationDecidedMail(
  name: string,
  programName: string,
  accepted: boolean,
  reason: string,
  url: string,
): RenderedMail {
  const title = accepted ? `You are a mentor in ${programName}` : `Your mentor application to ${programName}`;
  const { html, text } = layout(
    title,
    [
      `Hello ${name},`,
      accepted
        ? `Your application to mentor in ${programName} was accepted: you can now be matched with mentees.`
        : `Your application to mentor in ${programName} was not accepted this time.`,
      ...(reason ? [`${accepted ? "A note" : "The reason"} from the program's organisers: “${reason}”`] : []),
    ],
    { label: "See your application", url },
    "You got this email because you applied to mentor in this program.",
  );
  return { subject: title, text, html };
}
