/** Settings from the environment: rate limits an operator raises for an office behind one address. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../workers/platform/config";

describe("rate-limit settings", () => {
  it("default to 30 sign-ins and 20 sign-ups per address and 300 sign-ups per program, per 15 minutes", () => {
    expect(readConfig(env).limits).toEqual({ signInPerIp: 30, joinPerIp: 20, joinPerProgram: 300 });
  });

  it("take positive whole numbers and ignore anything else", () => {
    const set = (vars: Record<string, string>) => readConfig({ ...env, ...vars }).limits;
    expect(set({ SIGNIN_LIMIT_PER_IP: "500", JOIN_LIMIT_PER_IP: "400", JOIN_LIMIT_PER_PROGRAM: "20000" })).toEqual({
      signInPerIp: 500,
      joinPerIp: 400,
      joinPerProgram: 20000,
    });
    expect(set({ SIGNIN_LIMIT_PER_IP: "0", JOIN_LIMIT_PER_IP: "lots", JOIN_LIMIT_PER_PROGRAM: "2.5" })).toEqual({
      signInPerIp: 30,
      joinPerIp: 20,
      joinPerProgram: 300,
    });
  });
});
