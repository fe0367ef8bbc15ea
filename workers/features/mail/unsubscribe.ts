/**
 * @module features/mail/unsubscribe
 * One-click unsubscribe (RFC 8058): every mail with a category carries `List-Unsubscribe` with an
 * https link holding a signed token (the recipient and the category, no expiry: an old mail's link
 * must keep working) and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and the same link in
 * its footer, where it opens a page with a button: a plain GET never unsubscribes, because mail
 * scanners follow links.
 */
import jwt from "@tsndr/cloudflare-worker-jwt";
import { isCategory, type MailCategory } from "./categories";
import { escapeHtml } from "../../platform/html";
import { languageOf, translator, type Translate } from "../../platform/i18n";

/** Each category's name as its footer names it, in the mail's language. */
const categoryNames = (t: Translate): Record<MailCategory, string> => ({
  matching: t("mail.category.matching"),
  events: t("mail.category.events"),
  rotations: t("mail.category.rotations"),
  groups: t("mail.category.groups"),
  surveys: t("mail.category.surveys"),
  reminders: t("mail.category.reminders"),
  reports: t("mail.category.reports"),
  recognition: t("mail.category.recognition"),
  roulette: t("mail.category.roulette"),
});

const ALGORITHM = "HS256";
const AUDIENCE = "tandem-unsubscribe";

export const signUnsubscribe = (email: string, category: MailCategory, secret: string) =>
  jwt.sign({ sub: email, cat: category, aud: AUDIENCE }, secret, { algorithm: ALGORITHM });

/** The recipient and category of a token, or null for anything not signed by us. */
export async function verifyUnsubscribe(token: string, secret: string) {
  try {
    const result = await jwt.verify<{ cat?: unknown }>(token, secret, { algorithm: ALGORITHM });
    const p = result?.payload;
    if (!p || p.aud !== AUDIENCE || typeof p.sub !== "string" || !isCategory(p.cat)) return null;
    return { email: p.sub, category: p.cat };
  } catch {
    return null;
  }
}

/** The links of one mail: the API endpoint mail clients post to, and the page a person opens. */
export async function unsubscribeLinks(origin: string, email: string, category: MailCategory, secret: string) {
  const token = encodeURIComponent(await signUnsubscribe(email, category, secret));
  return { oneClick: `${origin}/api/unsubscribe?token=${token}`, page: `${origin}/unsubscribe?token=${token}` };
}

export const unsubscribeHeaders = (oneClick: string) => ({
  "List-Unsubscribe": `<${oneClick}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

/** The mail's text and HTML with the unsubscribe line at the end, in the language the mail was written in. */
export function withUnsubscribeFooter(
  mail: { text: string; html: string; language?: string | null },
  category: MailCategory,
  page: string,
) {
  const t = translator(languageOf(mail.language));
  const name = categoryNames(t)[category];
  const line = t("mail.unsubscribe.text", { category: name, url: page });
  const html = `<p style="font-size:13px;color:#52606d"><a href="${escapeHtml(page)}">${escapeHtml(t("mail.unsubscribe.link"))}</a> ${escapeHtml(t("mail.unsubscribe.after", { category: name }))}</p>`;
  return {
    text: `${mail.text}\n${line}\n`,
    html: mail.html.includes("</body>") ? mail.html.replace("</body>", `${html}</body>`) : mail.html + html,
  };
}

/** A mail as it goes out: with a category, the footer line and the RFC 8058 headers. */
export async function asSent(
  row: { toEmail: string; text: string; html: string; category: string | null; language?: string | null },
  origin: string,
  secret: string,
) {
  if (!isCategory(row.category)) return { text: row.text, html: row.html, headers: {} };
  const links = await unsubscribeLinks(origin, row.toEmail, row.category, secret);
  return { ...withUnsubscribeFooter(row, row.category, links.page), headers: unsubscribeHeaders(links.oneClick) };
}
