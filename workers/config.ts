/**
 * @module config
 * Settings read from the Worker's environment, parsed once per request.
 */
export type Config = {
  isDev: boolean;
  adminEmails: Set<string>;
  allowedDomains: string[];
  appUrl: string | null;
};

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

export function readConfig(env: Env): Config {
  return {
    isDev: env.ENVIRONMENT === "development",
    adminEmails: new Set(list(env.ADMIN_EMAILS)),
    allowedDomains: list(env.ALLOWED_EMAIL_DOMAINS).map((d) => d.replace(/^@/, "")),
    appUrl: env.APP_URL ? env.APP_URL.replace(/\/$/, "") : null,
  };
}

/** The public origin for links in mail: APP_URL when set, else the request's own origin. */
export function publicOrigin(config: Config, requestUrl: string): string {
  return config.appUrl ?? new URL(requestUrl).origin;
}

/** Whether an email may sign up, given ALLOWED_EMAIL_DOMAINS (empty = any). */
export function emailDomainAllowed(config: Config, email: string): boolean {
  if (config.allowedDomains.length === 0) return true;
  const domain = email.split("@")[1]?.toLowerCase() ?? "";
  return config.allowedDomains.includes(domain);
}
