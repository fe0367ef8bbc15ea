/** What the route declarer tests share: a test app whose refusals are bare statuses, and a JSON POST to it. */
type App = {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
  onError(handler: (err: Error) => Response): unknown;
};

/** Answers every refusal with its status alone, and returns a function that POSTs a JSON body to `path`. */
export function jsonPoster(app: App, path: string) {
  app.onError((err) => new Response(null, { status: (err as { status?: number }).status ?? 500 }));
  return async (body: unknown) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}
