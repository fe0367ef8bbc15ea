/**
 * The layering rules of ARCHITECTURE.md, checked in `npm test` (`npm run lint:deps`). Each rule says
 * why in its comment; a violation names the rule and the import that breaks it.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules that import each other at run time load in an order nobody chose. Types may refer both ways.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "domain-is-plain",
      comment:
        "Domain code (matching, planners, rules) is plain TypeScript over plain data: no other layer of the Worker.",
      severity: "error",
      from: { path: "^workers/domain/" },
      to: { path: "^workers/(?!domain/)" },
    },
    {
      name: "domain-has-no-platform",
      comment: "Domain code runs and is benchmarked in Node as in workerd: no Cloudflare, HTTP or database imports.",
      severity: "error",
      from: { path: "^workers/domain/" },
      to: { path: "^cloudflare:|node_modules/(hono|@hono|drizzle-orm|@cloudflare)/" },
    },
    {
      name: "sql-lives-in-repo",
      comment:
        "A feature's SQL is in its repo.ts (or repo/): only repos, platform/ and db/ import drizzle or the tables, so every query of a feature is found in one place.",
      severity: "error",
      from: { path: "^workers/", pathNot: "^workers/(platform|db)/|^workers/features/[^/]+/(repo\\.ts$|repo/)" },
      to: { path: "node_modules/drizzle-orm/|^workers/db/schema", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "repo-knows-no-http",
      comment: "Queries take `db` first and know nothing of HTTP: a repo never imports routes, guards or Hono.",
      severity: "error",
      from: { path: "^workers/features/[^/]+/(repo\\.ts$|repo/)" },
      to: { path: "routes\\.ts$|access\\.ts$|guards\\.ts$|node_modules/(hono|@hono)/" },
    },
    {
      name: "features-meet-through-index",
      comment:
        "A feature uses another only through that feature's index.ts, which says what it offers; the rest may change freely.",
      severity: "error",
      from: { path: "^workers/features/([^/]+)/" },
      to: { path: "^workers/features/(?!$1/)[^/]+/", pathNot: "^workers/features/[^/]+/index\\.ts$" },
    },
    {
      name: "platform-knows-no-feature",
      comment:
        "platform/ is the plumbing every feature stands on (database, config, errors, mail transport): it imports no feature.",
      severity: "error",
      from: { path: "^workers/platform/" },
      to: { path: "^workers/features/" },
    },
    {
      name: "web-takes-types-from-the-worker",
      comment: "The web app is built by Vite for browsers: from workers/ it takes types (and domain constants) only.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^workers/(?!domain/)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-tests-in-the-app",
      comment: "Nothing that ships imports test code.",
      severity: "error",
      from: { path: "^(workers|web)/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|\\.wrangler)/" },
  },
};
