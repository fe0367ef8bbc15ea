/**
 * @module platform/config
 * Settings read from the Worker's environment, parsed once per request.
 */
import { readSsoConfig, type SsoConfig } from "./sso-config";
import { AUDIT_RETENTION_DAYS } from "../domain/audit";

export type Config = {
  isDev: boolean;
  adminEmails: Set<string>;
  allowedDomains: string[];
  appUrl: string | null;
  /** Requests per 15 minutes; raise them where many people share one network address (an office NAT). */
  limits: { signInPerIp: number; joinPerIp: number; joinPerProgram: number };
  sso: SsoConfig;
  /** Days the audit log keeps a row (README, "Audit log"). */
  auditRetentionDays: number;
};

/** A positive whole number from a setting, or `fallback` when it is unset or not one. */
const count = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
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
    limits: {
      signInPerIp: count(env.SIGNIN_LIMIT_PER_IP, 30),
      joinPerIp: count(env.JOIN_LIMIT_PER_IP, 20),
      joinPerProgram: count(env.JOIN_LIMIT_PER_PROGRAM, 300),
    },
    sso: readSsoConfig(env),
    auditRetentionDays: count(env.AUDIT_RETENTION_DAYS, AUDIT_RETENTION_DAYS),
  };
}

/** Where the app runs locally: links in development mail when APP_URL is not set. */
export const DEV_ORIGIN = "http://localhost:8787";

/**
 * Why APP_URL cannot make the links in mail sent outside a request (cron, queues), or null when it can.
 * Production needs an https address: the links and the one-click List-Unsubscribe (RFC 8058) use it.
 */
export function appUrlProblem(config: Config): string | null {
  if (config.isDev) return null;
  if (!config.appUrl) return "APP_URL is not set. Set it to the app's public https:// address.";
  let url: URL;
  try {
    url = new URL(config.appUrl);
  } catch {
    return `APP_URL is not a URL: "${config.appUrl}". Set it to the app's public https:// address.`;
  }
  return url.protocol === "https:" ? null : `APP_URL must be an https:// address, not "${config.appUrl}".`;
}

/** The origin for links in mail sent outside a request; null (never a guess) when APP_URL is unusable. */
export function mailOrigin(config: Config): string | null {
  return appUrlProblem(config) ? null : (config.appUrl ?? DEV_ORIGIN);
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
