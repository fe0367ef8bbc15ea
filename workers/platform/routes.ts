/**
 * @module platform/routes
 * Declares a route in one line per fact. Without it every route spells out the same ten-line
 * `createRoute({ method, path, tags, summary, middleware, request, responses })`; here a feature names
 * its tags and shared guards once, and each route says only what is its own:
 *
 *   const route = routesFor(["Groups"]).with({ middleware: [programManager, groupsOnly] as const, params: IdParam });
 *   route.post("/move", "Move someone to another group", { body: MoveSchema, responses: managed })
 *
 * The path is relative to where app.ts mounts the feature's sub-app (here "/programs/:id/groups").
 *
 * The result is still `createRoute`'s, with the literal path and method, the middleware as a tuple
 * (hence `as const`) and the request schemas as given, so the typed client, `c.req.valid()` and `c.var`
 * keep their exact types. A zod `body` is a required JSON body; any other body (a CSV file) is given as
 * the document's body object.
 */
import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";

export type Method = "get" | "post" | "put" | "patch" | "delete";
type RequestParts = NonNullable<RouteConfig["request"]>;

/** What a route says beyond its method, path and summary. */
export type RouteFacts = Omit<RouteConfig, "method" | "path" | "summary" | "tags" | "request" | "middleware"> & {
  middleware?: readonly MiddlewareHandler[];
  params?: RequestParts["params"];
  query?: RequestParts["query"];
  body?: ZodType | RequestParts["body"];
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type JsonBody<S> = { content: { "application/json": { schema: S } }; required: true };
type RequestOf<F> = Pick<F, Extract<keyof F, "params" | "query">> &
  (F extends { body: infer B } ? { body: B extends ZodType ? JsonBody<B> : B } : unknown);
export type Declared<M extends Method, P extends string, F> = Omit<F, "params" | "query" | "body" | "middleware"> & {
  method: M;
  path: P;
  summary: string;
  tags: string[];
  request: RequestOf<F>;
} & (F extends {
    middleware: infer W;
  }
    ? { middleware: Writable<W> }
    : unknown);

const isZod = (body: unknown): body is ZodType => typeof (body as ZodType | undefined)?.safeParse === "function";

export type Merged<D, F> = Omit<D, keyof F> & F;
type Declare<M extends Method, D> = <P extends string, F extends Partial<RouteFacts> = {}>(
  path: P,
  summary: string,
  own?: F,
) => Declared<M, P, Merged<D, F>>;

/** A feature's route declarers, `route.get(path, summary, facts)` and so on; `D` holds the facts they share. */
export interface Declarers<D> {
  get: Declare<"get", D>;
  post: Declare<"post", D>;
  put: Declare<"put", D>;
  patch: Declare<"patch", D>;
  delete: Declare<"delete", D>;
  /** Declarers whose routes all have these facts too (a guard, the path's params); a route's own facts win. */
  with<E extends Partial<RouteFacts>>(more: E): Declarers<Merged<D, E>>;
}

/** The route declarers of one feature, under its tags in the API document. */
export const routesFor = (tags: string[]): Declarers<{}> => declarers(tags, {});

function declarers<D extends Partial<RouteFacts>>(tags: string[], shared: D): Declarers<D> {
  const declare =
    <M extends Method>(method: M) =>
    (path: string, summary: string, own: Partial<RouteFacts> = {}) => {
      const { params, query, body, ...rest } = { ...shared, ...own };
      const request: RequestParts = {};
      if (params) request.params = params;
      if (query) request.query = query;
      if (body)
        request.body = isZod(body) ? { content: { "application/json": { schema: body } }, required: true } : body;
      const config = { method, path, tags, summary, ...rest, ...(params || query || body ? { request } : {}) };
      return createRoute(config as RouteConfig);
    };
  // Typed by Declarers rather than by createRoute's inference, which cannot see through the merged facts.
  return {
    get: declare("get"),
    post: declare("post"),
    put: declare("put"),
    patch: declare("patch"),
    delete: declare("delete"),
    with: (more) => declarers(tags, { ...shared, ...more }),
  } as Declarers<D>;
}
