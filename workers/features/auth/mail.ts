/** @module features/auth/mail — the sign-in link. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/**
 * The sign-in link. It greets nobody by name: a person created by an unconfirmed sign-up carries a
 * name a stranger typed, and a mail to an unconfirmed address must not carry a stranger's words.
 */
export function signInMail(origin: string, token: string): RenderedMail {
  const { html, text } = layout(
    "Sign in to Tandem",
    ["Hello,", "Use the button below to sign in. The link works once and expires in 10 minutes."],
    { label: "Sign in", url: pageUrl(origin, pagePaths.verify(token)) },
    "If you did not ask to sign in, you can ignore this email.",
  );
  return { subject: "Your Tandem sign-in link", text, html };
}
