/**
 * @module mail/templates
 * Every email Tandem sends, as text and HTML. User content is escaped; links are absolute.
 */
export type RenderedMail = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

function layout(heading: string, paragraphs: string[], action: { label: string; url: string }, footer: string) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}
<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#52606d">If the button does not work, open this link: <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(footer)}</p></body></html>`;
  const text = `${heading}\n\n${paragraphs.join("\n\n")}\n\n${action.label}: ${action.url}\n\n${footer}\n`;
  return { html, text };
}

/** The sign-in link. */
export function signInMail(name: string, url: string): RenderedMail {
  const { html, text } = layout(
    "Sign in to Tandem",
    [`Hello ${name},`, "Use the button below to sign in. The link works once and expires in 10 minutes."],
    { label: "Sign in", url },
    "If you did not ask to sign in, you can ignore this email.",
  );
  return { subject: "Your Tandem sign-in link", text, html };
}

/** The confirmation of a sign-up through a program's shared link. */
export function confirmMail(name: string, programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    `Confirm your place in ${programName}`,
    [
      `Hello ${name},`,
      `You signed up for ${programName}. Confirm your email to activate your enrollment. The link works once and expires in 24 hours.`,
    ],
    { label: "Confirm my sign-up", url },
    "If you did not sign up, ignore this email and nothing will happen.",
  );
  return { subject: `Confirm your sign-up for ${programName}`, text, html };
}

/** The welcome sent to someone an admin enrolled by import. */
export function welcomeMail(name: string, programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    `Welcome to ${programName}`,
    [
      `Hello ${name},`,
      `Your organisation has enrolled you in ${programName} on Tandem. Sign in to check your profile, so that your matches fit you.`,
    ],
    { label: "Open Tandem", url },
    "You can withdraw from the program at any time from your dashboard.",
  );
  return { subject: `Welcome to ${programName}`, text, html };
}

/** The news of a new mentorship, to each of the two people. */
export function matchedMail(
  name: string,
  partner: { name: string; email: string },
  role: "mentor" | "mentee",
  programName: string,
  why: string,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    role === "mentee" ? `${partner.name} is your mentor` : `You are mentoring ${partner.name}`,
    [
      `Hello ${name},`,
      role === "mentee"
        ? `In ${programName}, ${partner.name} (${partner.email}) will be your mentor.`
        : `In ${programName}, you will mentor ${partner.name} (${partner.email}).`,
      ...(why ? [`Why you two: ${why}`] : []),
      "A good first step: agree on a time to meet and what you both hope to get out of it.",
    ],
    { label: "Open Tandem", url },
    "If the pairing does not work out, either of you can end it from the dashboard; it is okay to part company.",
  );
  return { subject: `Your mentoring pair in ${programName}`, text, html };
}
