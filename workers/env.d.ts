// Secrets and optional bindings that `wrangler types` cannot see in wrangler.toml.
interface TandemSecrets {
  /** Signs session cookies. `wrangler secret put JWT_SECRET` in production. */
  JWT_SECRET: string;
  /** API key of the HTTP email provider (Resend), when MAIL_TRANSPORT is "resend". */
  RESEND_API_KEY?: string;
  /** Cloudflare Email binding, when MAIL_TRANSPORT is "cloudflare". */
  EMAIL?: SendEmail;
}
interface Env extends TandemSecrets {}
declare namespace Cloudflare {
  interface Env extends TandemSecrets {}
}
