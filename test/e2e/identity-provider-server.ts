/**
 * The test identity provider (test/identity-provider.ts) on a local port, for `wrangler dev` and the
 * browser to reach as they would a real one.
 */
import { createServer } from "node:http";
import { TestIdentityProvider } from "../identity-provider";

export const E2E_CLIENT_ID = "tandem-e2e";
export const E2E_CLIENT_SECRET = "e2e-client-secret-0123456789";

export async function startIdentityProvider(port: number) {
  const issuer = `http://127.0.0.1:${port}`;
  const idp = await TestIdentityProvider.start(issuer, E2E_CLIENT_ID, { clientSecret: E2E_CLIENT_SECRET });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
    const headers = Object.entries(req.headers).flatMap(([k, v]) =>
      typeof v === "string" ? [[k, v] as [string, string]] : [],
    );
    const answer = await idp.handle(new Request(`${issuer}${req.url}`, { method: req.method, headers, body }));
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
