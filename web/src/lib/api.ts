/**
 * The API through the typed client generated from the Worker's routes (types only are imported).
 */
import { hc, type ClientResponse } from "hono/client";
import type { AppType } from "../../../workers/app";

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
    throw new ApiError(0, "network", "Tandem could not be reached. Check your connection and try again.");
  }
  if (res.status === 204) return undefined as Success<R>;
  const body = (await res.json().catch(() => null)) as any;
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? "error", e.message ?? `Request failed (${res.status}).`, e.fields, e.rows);
  }
  return body as Success<R>;
}

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : "Something went wrong.");
