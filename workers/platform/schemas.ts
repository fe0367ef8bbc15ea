/** @module platform/schemas — response pieces shared by the API document. */
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi("Error");

const err = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

/** Error responses a route may give, for the document. */
export const errors = {
  400: err("Invalid input; `fields` names each problem"),
  401: err("Not signed in"),
  403: err("Signed in without the needed role"),
  404: err("Not found, or not visible to you"),
  409: err("Not possible in the current state; `code` says why"),
  429: err("Too many requests; try again later"),
};

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const IdParam = z.object({ id: z.string().min(1).max(64) });

const WEB_LINK = "Use a web link that starts with https:// or http://.";

/** A link people open from the app or a mail: only http(s), so no `javascript:`, `data:` or `file:` link runs. */
export const httpUrl = z.url({ protocol: /^https?$/, message: WEB_LINK });

// As a browser reads a link (WHATWG URL): leading controls and spaces dropped, tabs and newlines removed
// anywhere, so " java\tscript:" is still a script link while "Room 4 or https://…" is words.
const linkScheme = (s: string) =>
  /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(s.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, ""));
const SCRIPT_SCHEMES = new Set(["javascript", "vbscript", "data", "file"]);

/**
 * Where something happens: a room in plain words or a web link. Words are free, but anything a
 * browser would treat as a link other than http(s) is refused, since the app shows a link as a link.
 */
export const placeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => {
      const found = linkScheme(s);
      if (!found) return true;
      const scheme = found[1]!.toLowerCase();
      return scheme === "http" || scheme === "https" || (!SCRIPT_SCHEMES.has(scheme) && !found[2]);
    }, WEB_LINK);

export { personName } from "../domain/person-name";

type Refusal = keyof typeof errors;
/** The error answers a route documents, by status: `responses: { 200: …, ...refusals(400, 404) }`. */
export const refusals = <S extends Refusal>(...statuses: S[]) =>
  Object.fromEntries(statuses.map((s) => [s, errors[s]])) as Pick<typeof errors, S>;

/** A page of a list: every list is paginated on the server (ARCHITECTURE.md, invariant 5). */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * A whole list in one answer, for the few lists bounded by what they are (a person's own mentorships, a
 * program's templates) rather than by the size of the company.
 */
export const itemsOf = <T extends z.ZodType>(item: T, name?: string) => {
  const list = z.object({ items: z.array(item) });
  return name ? list.openapi(name) : list;
};

/** The answer of a paginated list: one page of `item`s, the total and the page asked for. */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
    .openapi(name);
