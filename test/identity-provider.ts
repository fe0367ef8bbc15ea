/**
 * A local identity provider for tests: an OpenID Connect discovery document, a key set and a token
 * endpoint that checks the client's secret, the code's single use and PKCE, and signs ID tokens with
 * a key pair of its own. It also signs Cloudflare Access assertions. The Worker reaches it through
 * `fetch`, which `serve()` routes to it for its origin only.
 */
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from "jose";
import { vi } from "vitest";

type Login = { claims: JWTPayload; challenge: string; redirectUri: string; nonce: string; sign?: SignOptions };
type SignOptions = { key?: CryptoKey; expiresIn?: number; audience?: string; issuer?: string };

const b64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export class TestIdentityProvider {
  private codes = new Map<string, Login>();
  /** Who signs in at the next visit to the provider's page (browser tests). */
  private nextLogin: JWTPayload | null = null;
  /** Each request the Worker sent here, as "METHOD path". */
  readonly requests: string[] = [];

  private constructor(
    readonly issuer: string,
    readonly audience: string,
    readonly clientSecret: string,
    private readonly key: CryptoKey,
    private readonly jwks: object,
    readonly keysPath: string,
  ) {}

  static async start(issuer: string, audience: string, o: { clientSecret?: string; keysPath?: string } = {}) {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
    return new TestIdentityProvider(
      issuer,
      audience,
      o.clientSecret ?? "",
      privateKey,
      { keys: [jwk] },
      o.keysPath ?? "/jwks",
    );
  }

  /** A key the provider does not publish, to sign forged tokens with. */
  static async strangerKey() {
    return (await generateKeyPair("RS256")).privateKey;
  }

  /** A token signed as this provider would, unless `o` changes its key, audience, issuer or lifetime. */
  async sign(claims: JWTPayload, o: SignOptions = {}) {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = o.expiresIn ?? 300;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "test-key" })
      .setIssuer(o.issuer ?? this.issuer)
      .setAudience(o.audience ?? this.audience)
      .setIssuedAt(expiresIn < 0 ? now + expiresIn - 60 : now)
      .setExpirationTime(now + expiresIn)
      .sign(o.key ?? this.key);
  }

  /**
   * The person signs in on the provider's page the Worker redirected to: the answer is the callback
   * address the provider sends the browser back to, with a code for these claims.
   */
  authorize(authorizationUrl: string, claims: JWTPayload, sign?: SignOptions & { nonce?: string }) {
    const url = new URL(authorizationUrl);
    const q = url.searchParams;
    if (q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256") throw new Error("not PKCE");
    const code = crypto.randomUUID();
    this.codes.set(code, {
      claims,
      challenge: q.get("code_challenge")!,
      redirectUri: q.get("redirect_uri")!,
      nonce: sign?.nonce ?? q.get("nonce")!,
      sign,
    });
    const back = new URL(q.get("redirect_uri")!);
    back.searchParams.set("code", code);
    back.searchParams.set("state", q.get("state")!);
    return back.toString();
  }

  async handle(request: Request): Promise<Response> {
    // Paths below the issuer's own, as Entra's and Okta's issuers have one.
    const path = new URL(request.url).pathname.slice(new URL(this.issuer).pathname.replace(/\/$/, "").length);
    this.requests.push(`${request.method} ${path}`);
    if (path === "/.well-known/openid-configuration") {
      return Response.json({
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        jwks_uri: `${this.issuer}${this.keysPath}`,
      });
    }
    if (path === this.keysPath) return Response.json(this.jwks);
    if (path === "/test/login-as" && request.method === "POST") {
      this.nextLogin = (await request.json()) as JWTPayload;
      return new Response(null, { status: 204 });
    }
    if (path === "/authorize" && this.nextLogin) {
      // The person "signs in" on the provider's page at once, and is sent back with a code.
      const back = this.authorize(request.url, this.nextLogin);
      this.nextLogin = null;
      return new Response(null, { status: 302, headers: { location: back } });
    }
    if (path === "/token" && request.method === "POST") return this.token(request);
    return new Response("not found", { status: 404 });
  }

  private async token(request: Request) {
    const form = new URLSearchParams(await request.text());
    const basic = `Basic ${btoa(`${encodeURIComponent(this.audience)}:${encodeURIComponent(this.clientSecret)}`)}`;
    if (request.headers.get("authorization") !== basic)
      return Response.json({ error: "invalid_client" }, { status: 401 });
    const login = this.codes.get(form.get("code") ?? "");
    this.codes.delete(form.get("code") ?? "");
    if (!login || form.get("redirect_uri") !== login.redirectUri) {
      return Response.json({ error: "invalid_grant" }, { status: 400 });
    }
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(form.get("code_verifier") ?? ""));
    if (b64url(digest) !== login.challenge) return Response.json({ error: "invalid_grant" }, { status: 400 });
    const idToken = await this.sign({ ...login.claims, nonce: login.nonce }, login.sign);
    return Response.json({ access_token: "opaque", token_type: "Bearer", expires_in: 300, id_token: idToken });
  }
}

/** Routes the Worker's `fetch` to these providers by origin; anything else goes out as before. */
export function serve(...providers: TestIdentityProvider[]) {
  const real = globalThis.fetch;
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const provider = providers.find((p) => request.url.startsWith(`${new URL(p.issuer).origin}/`));
    return provider ? provider.handle(request) : real(request);
  });
}
