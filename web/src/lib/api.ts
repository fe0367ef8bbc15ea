/**
 * The API through the typed client generated from the Worker's routes (types only are imported).
 */
import { hc, type ClientResponse } from "hono/client";
import type { AppType } from "../../../workers/app";
import { t } from "./i18n";

export const client = hc<AppType>("/", { init: { credentials: "same-origin" } });
export const api = client.api;

export type FieldErrors = Record<string, string>;

/** An API error as the envelope describes it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
    readonly rows?: { row: number; email: string; errors: string[] }[],
  ) {
    super(message);
  }
}

type Success<R> = R extends ClientResponse<infer T, infer S, string> ? (S extends 200 | 201 | 202 ? T : never) : never;

/** Turns a non-2xx answer into an ApiError; otherwise the typed body. */
export async function ok<R extends ClientResponse<unknown, number, string>>(pending: Promise<R>): Promise<Success<R>> {
  let res: R;
  try {
    res = await pending;
  } catch {
    throw new ApiError(0, "network", t("api.unreachable"));
  }
  if (res.status === 204) return undefined as Success<R>;
  const body = (await res.json().catch(() => null)) as any;
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? "error", e.message ?? `Request failed (${res.status}).`, e.fields, e.rows);
  }
  return body as Success<R>;
}

// Pages read an error through these, so that only this file knows what an API error looks like.
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : t("api.somethingWrong"));

/** The HTTP status of a refusal; 0 when no answer came (offline) or the error is not the API's. */
export const statusOf = (err: unknown) => (err instanceof ApiError ? err.status : 0);

/** The envelope's code ("request_open", "not_pending", …), when the API answered with one. */
export const codeOf = (err: unknown) => (err instanceof ApiError ? err.code : undefined);

/** What the API said about each field of a refused form; empty when it named none. */
export const fieldsOf = (err: unknown): FieldErrors => (err instanceof ApiError ? err.fields : {});

/** The rows of a refused CSV import, each with what is wrong with it. */
export const rowsOf = (err: unknown) => (err instanceof ApiError ? err.rows : undefined);
