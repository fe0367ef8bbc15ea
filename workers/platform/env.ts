/** @module platform/env — the Hono environment shared by every route: bindings and per-request variables. */
import type { Config } from "./config";
import type { DB } from "./db";
import type { UiLanguage } from "../domain/ui-languages";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  /** The language they chose for Tandem's screens and mail; null follows the browser's. */
  uiLanguage: UiLanguage | null;
  sessionId: string;
  isAdmin: boolean;
  /** Ids of the programs this person manages. */
  managedProgramIds: string[];
};

/** What a request carries; access rules take it as `c.var`, so a guarded route's context passes too. */
export type RequestVars = Pick<AppEnv["Variables"], "db" | "user">;

export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: DB;
    config: Config;
    requestId: string;
    user: CurrentUser | null;
  };
};
