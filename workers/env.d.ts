// Secrets and optional bindings that `wrangler types` cannot see: in production they are set with
// `wrangler secret put`, and only JWT_SECRET has a development value in .dev.vars.example.
interface TandemSecrets {
  /** API key of the HTTP email provider (Resend), when MAIL_TRANSPORT is "resend". */
  RESEND_API_KEY?: string;
  /** Cloudflare Email binding, when MAIL_TRANSPORT is "cloudflare". */
  EMAIL?: SendEmail;
  /** The Slack app's bot token (scopes chat:write, users:read.email): reminders as direct messages for who chose them. */
  SLACK_BOT_TOKEN?: string;
}
interface Env extends TandemSecrets {}
declare namespace Cloudflare {
  interface Env extends TandemSecrets {}
}
