/**
 * @module platform/sso-config
 * Which ways of signing in a deployment allows, read from its environment: Cloudflare Access in front
 * of the Worker, an OpenID Connect provider (Entra ID, Google Workspace, Okta), and magic links for
 * everyone, for guests of some domains only, or for nobody.
 */
export type SsoConfig = {
  /** Cloudflare Access: the team's issuer, its signing keys and the application's audience tag. */
  access: { issuer: string; certsUrl: string; audience: string } | null;
  /** An OpenID Connect provider found by discovery at `issuer`; `name` is shown on its button. */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  /** Whether magic links work for any address; when not, only for `guestDomains`. */
  magicLinksForAll: boolean;
  guestDomains: string[];
  /** A group the identity provider names in the `groups` claim that makes its members admins. */
  adminGroup: string | null;
};

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** `team.cloudflareaccess.com`, `https://team.cloudflareaccess.com/` and `team` all name the same team. */
function accessIssuer(teamDomain: string): string {
  const host = teamDomain
    .trim()
    .replace(/^https?:\/\//, "")
    .replace(/\/.*$/, "");
  return `https://${host.includes(".") ? host : `${host}.cloudflareaccess.com`}`;
}

export function readSsoConfig(env: Env): SsoConfig {
  const access =
    env.ACCESS_TEAM_DOMAIN && env.ACCESS_AUD
      ? (() => {
          const issuer = accessIssuer(env.ACCESS_TEAM_DOMAIN);
          return { issuer, certsUrl: `${issuer}/cdn-cgi/access/certs`, audience: env.ACCESS_AUD.trim() };
        })()
      : null;
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
      ? {
          issuer: env.OIDC_ISSUER.trim().replace(/\/$/, ""),
          clientId: env.OIDC_CLIENT_ID.trim(),
          clientSecret: env.OIDC_CLIENT_SECRET,
          name: env.OIDC_PROVIDER_NAME?.trim() || "single sign-on",
        }
      : null;
  const methods = list(env.SIGN_IN_METHODS);
  // Behind Access everyone arriving is already signed in, so links are off unless asked for.
  const fallback = access ? ["sso"] : ["sso", "magic-link"];
  const chosen = methods.length ? methods : fallback;
  // With no identity provider configured, turning links off would lock everyone out.
  const magicLinksForAll = chosen.includes("magic-link") || (!access && !oidc);
  return {
    access,
    oidc,
    magicLinksForAll,
    guestDomains: list(env.GUEST_EMAIL_DOMAINS).map((d) => d.replace(/^@/, "")),
    adminGroup: env.ADMIN_GROUP?.trim() || null,
  };
}

/** Whether this address may ask for a magic link. */
export function magicLinkAllowed(sso: SsoConfig, email: string): boolean {
  if (sso.magicLinksForAll) return true;
  const domain = email.split("@")[1]?.toLowerCase() ?? "";
  return sso.guestDomains.includes(domain);
}
