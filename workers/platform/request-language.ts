/**
 * @module platform/request-language
 * The language a request is answered in: the signed-in person's choice (their profile's `uiLanguage`),
 * else the first of the request's `Accept-Language` that Tandem speaks (`de-AT` counting as `de`),
 * else English. Mail written in answer to a request from someone Tandem does not know yet (a sign-up's
 * confirmation) is written in it too.
 */
import { detectFromHeader } from "hono/language";
import type { Context } from "hono";
import { UI_LANGUAGES, type UiLanguage } from "../domain/ui-languages";
import { languageOf } from "./i18n";

/** A stored language Tandem still speaks, else null (the person follows their browser). */
export const languageOrNull = (value: string | null | undefined): UiLanguage | null =>
  UI_LANGUAGES.includes(value as UiLanguage) ? (value as UiLanguage) : null;

// hono/language's own header parser (q-values, regions): its options spelled out, since only the header is read.
const HEADER_ONLY = {
  order: ["header" as const],
  lookupQueryString: "lang",
  lookupCookie: "language",
  lookupFromPathIndex: 0,
  lookupFromHeaderKey: "accept-language",
  caches: false as const,
  ignoreCase: true,
  fallbackLanguage: "en",
  supportedLanguages: [...UI_LANGUAGES],
};

/** What a request reads: the signed-in person (when any) and its headers. */
type RequestLike = Pick<Context, "req"> & { var: { user?: { uiLanguage: UiLanguage | null } | null } };

export function requestLanguage(c: RequestLike): UiLanguage {
  const chosen = c.var.user?.uiLanguage;
  if (chosen) return chosen;
  return languageOf(detectFromHeader(c as Context, HEADER_ONLY));
}
