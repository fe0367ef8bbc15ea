/**
 * @module platform/error-language
 * The API's error messages in the viewer's language (platform/request-language). Messages are
 * translated once, at the envelope, keyed by their English words (workers/locales/errors.<language>.json),
 * rather than by an id at each of the two hundred places that refuse something: those places stay plain
 * English sentences, a new refusal needs no id, and the catalog test finds every one of them in the code.
 * A message with parts filled in by the code ("{0} was not found.") is found by its pattern; its parts
 * stay as the code wrote them.
 */
import { createMiddleware } from "hono/factory";
import { IntlMessageFormat } from "intl-messageformat";
import type { AppEnv } from "./env";
import type { UiLanguage } from "../domain/ui-languages";
import { requestLanguage } from "./request-language";
import de from "../locales/errors.de.json";

type Catalog = Record<string, string>;
const CATALOGS: Record<Exclude<UiLanguage, "en">, Catalog> = { de };

/** A pattern for each message with parts: its English words around `(.+)` for each `{n}`. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = (catalog: Catalog) =>
  Object.keys(catalog)
    .filter((english) => /\{\d+\}/.test(english))
    .map((english) => ({
      english,
      match: new RegExp(
        `^${english
          .split(/\{\d+\}/)
          .map(escape)
          .join("(.+?)")}$`,
        "s",
      ),
      names: [...english.matchAll(/\{(\d+)\}/g)].map((m) => m[1]!),
    }));
const PATTERNS = Object.fromEntries(Object.entries(CATALOGS).map(([l, c]) => [l, patterns(c)]));

/** The message in `language`, or as it was when the catalog does not know it. */
export function translateError(language: UiLanguage, message: string): string {
  if (language === "en") return message;
  const catalog = CATALOGS[language];
  const exact = catalog[message];
  if (exact) return new IntlMessageFormat(exact, language).format() as string;
  for (const p of PATTERNS[language] ?? []) {
    const found = message.match(p.match);
    if (!found) continue;
    const values = Object.fromEntries(p.names.map((name, i) => [name, found[i + 1]!]));
    return String(new IntlMessageFormat(catalog[p.english]!, language).format(values));
  }
  return message;
}

type Envelope = { error?: { code?: string; message?: string; fields?: Record<string, string> } };

/** Rewrites any error envelope a request answers with (thrown, returned or not found) in its viewer's language. */
export const errorsInViewersLanguage = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status < 400 || !c.res.headers.get("content-type")?.includes("application/json")) return;
  const language = requestLanguage(c);
  if (language === "en") return;
  const body = (await c.res
    .clone()
    .json()
    .catch(() => null)) as Envelope | null;
  if (!body?.error?.message) return;
  const fields = body.error.fields;
  const translated = {
    ...body,
    error: {
      ...body.error,
      message: translateError(language, body.error.message),
      ...(fields
        ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translateError(language, v)])) }
        : {}),
    },
  };
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  const status = c.res.status;
  // Unset first: Hono's setter would otherwise copy the old answer's headers over the new one's.
  c.res = undefined;
  c.res = new Response(JSON.stringify(translated), { status, headers });
});
