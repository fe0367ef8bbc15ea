// Runs before each test file: the files share one workerd and its storage, so each starts from an
// emptied database with the migrations applied (test/fresh-database.ts).
import { env } from "cloudflare:workers";
import { freshDatabase } from "./fresh-database";

await freshDatabase(env.DB, env.TEST_MIGRATIONS);
