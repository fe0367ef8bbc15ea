/**
 * @module features/mail/templates
 * What every email Tandem sends shares: its shape and its layout, as text and HTML. User content is
 * escaped; links are absolute. Each feature writes its own mails in its `mail.ts` as a `letter`.
 */
import { escapeHtml } from "../../platform/html";
import type { MailAttachment } from "../../platform/mail-transport";
import type { MailCategory } from "./categories";
import { translate, type UiLanguage } from "../../platform/i18n";

/** A mail ready for the outbox; with a category, its recipient can unsubscribe from that kind of mail. */
export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  category?: MailCategory;
  attachments?: MailAttachment[];
  /** The language it is written in, kept with it so the lines added as it goes out speak it too. */
  language?: UiLanguage;
};

/** A mail's text and HTML in `language`: the heading, the paragraphs, the button and the footer, all already in it. */
export function layout(
  language: UiLanguage,
  heading: string,
  paragraphs: string[],
  action: { label: string; url: string },
  footer: string,
) {
  const fallback = translate(language, "mail.layout.buttonFallback");
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}
<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(fallback)} <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(footer)}</p></body></html>`;
  const text = `${heading}\n\n${paragraphs.join("\n\n")}\n\n${action.label}: ${action.url}\n\n${footer}\n`;
  return { html, text, language };
}

/** What a mail says, already in its reader's language; its heading is its subject unless it has its own. */
export type Letter = {
  subject: string;
  heading?: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
  category?: MailCategory;
};

/** The mail a letter makes: its subject, its text and HTML in `layout`, and its category when it has one. */
export function letter(
  language: UiLanguage,
  { subject, heading = subject, paragraphs, action, footer, category }: Letter,
) {
  const mail: RenderedMail = { subject, ...layout(language, heading, paragraphs, action, footer) };
  return category ? { ...mail, category } : mail;
}

/** Whose mail it is: the organisation's name, set by an admin (features/organisation). */
export type Brand = { name: string };

/** The mail with the organisation's name above it, added as it goes out, so every mail carries the current name. */
export function withBrand<M extends { text: string; html: string }>(mail: M, brand: Brand | null | undefined): M {
  if (!brand) return mail;
  const top = `<p style="font-size:16px;font-weight:700;margin:0 0 16px">${escapeHtml(brand.name)}</p>`;
  return {
    ...mail,
    text: `${brand.name}\n\n${mail.text}`,
    html: mail.html.replace(/<body[^>]*>/, (body) => body + top),
  };
}
