/**
 * @module platform/answers
 * Routes that all answer one thing with 200, such as a program's groups that every group action answers
 * or a setting read and written at one path. Each route then gives only what is its own and how to get
 * the answer; the 200 and the refusals are said once:
 *
 *   const policy = answering(managerRoute, json(PolicySchema, "The thresholds"), refusals(401, 404));
 *   router().openapi(...policy.get("/policy", "The thresholds", (c) => policyOf(c.var.db, c.var.program.id)))
 *
 * Each declarer returns the route and its handler, spread into `.openapi(...)`, so the typed client,
 * `c.var` and `c.req.valid()` keep the types the declarers of platform/routes give.
 */
import type { RouteConfig, RouteConfigToEnv, RouteHandler, z } from "@hono/zod-openapi";
import type { ZodType } from "zod";
import type { Declared, Declarers, Merged, Method, RouteFacts } from "./routes";
import type { AppEnv } from "./env";

type Responses = RouteConfig["responses"];
type AnyLoad = (c: never) => Promise<unknown>;
type Answer<A> = A extends { content: { "application/json": { schema: infer S extends ZodType } } }
  ? z.infer<S>
  : never;
/** A route's handler, which gets its guards' variables and its validated input. */
type Handler<R extends RouteConfig> = RouteHandler<R, RouteConfigToEnv<R> & AppEnv>;
type Route<D, M extends Method, P extends string, F extends Partial<RouteFacts>, A, X> = Declared<
  M,
  P,
  Merged<D, Omit<F, "responses"> & { responses: { 200: A } & X & (F extends { responses: infer O } ? O : unknown) }>
>;
type Load<D, M extends Method, P extends string, F extends Partial<RouteFacts>, A, X> = (
  c: Parameters<Handler<Route<D, M, P, F, A, X>>>[0],
) => Promise<Answer<A>>;
type Answered<D, M extends Method, P extends string, F extends Partial<RouteFacts>, A, X> = readonly [
  Route<D, M, P, F, A, X>,
  Handler<Route<D, M, P, F, A, X>>,
];
/**
 * `(path, summary, load)`, or with the route's own facts (its body, a refusal more) before `load`; or
 * `(path, summary)`, which answers the view the declarers were given.
 */
type Declare<D, M extends Method, A, X> = {
  <P extends string>(path: P, summary: string): Answered<D, M, P, {}, A, X>;
  <P extends string>(path: P, summary: string, load: Load<D, M, P, {}, A, X>): Answered<D, M, P, {}, A, X>;
  <P extends string, F extends Partial<RouteFacts>>(
    path: P,
    summary: string,
    own: F,
    load: Load<D, M, P, F, A, X>,
  ): Answered<D, M, P, F, A, X>;
};

/**
 * Declarers whose routes answer `answer` with 200, or refuse with `refused` and any refusals a route adds.
 * `view`, where given, is how a route that says no other way gets its answer.
 */
export function answering<D, A, X extends Responses>(
  declarers: Declarers<D>,
  answer: A,
  refused: X,
  view?: Load<D, "get", string, {}, A, X>,
) {
  const declare =
    (method: Method) =>
    (path: string, summary: string, ...rest: [] | [AnyLoad] | [Partial<RouteFacts>, AnyLoad]) => {
      const [own, load] = rest.length === 2 ? rest : [{}, rest[0] ?? (view as AnyLoad | undefined)];
      // Routes are declared when the Worker starts, so a route with no way to its answer fails every test.
      if (!load) throw new Error(`${method.toUpperCase()} ${path} gives no answer and its declarers no view.`);
      const route = declarers[method](path, summary, {
        ...own,
        responses: { 200: answer, ...refused, ...own.responses },
      });
      // Typed by Declare: the answer was checked against the route's where the route was declared.
      const handler = async (c: { json: (data: unknown, status: 200) => Response }) =>
        c.json(await load(c as never), 200);
      return [route, handler] as const;
    };
  return { get: declare("get"), post: declare("post"), put: declare("put"), delete: declare("delete") } as unknown as {
    [M in Exclude<Method, "patch">]: Declare<D, M, A, X>;
  };
}
