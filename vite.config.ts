import { parse } from "@formatjs/icu-messageformat-parser";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { PLAIN } from "./web/src/lib/plain-message";

/**
 * The message catalogs reach the browser already parsed (ICU messages as FormatJS's AST), so the app
 * ships intl-messageformat without its message parser: the first screen stays inside its size budget.
 * FormatJS's own route to this is its CLI's `compile --ast` step writing files; parsing on import keeps
 * the catalogs the only files to edit.
 */

function precompiledCatalogs(): Plugin {
  return {
    name: "tandem:precompiled-catalogs",
    enforce: "pre",
    transform(code, id) {
      if (!/\/web\/src\/(features\/[\w-]+\/)?locales\/[\w-]+\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      // Plain text stays a string (most messages are): smaller to ship and to read than its tree.
      const compiled = (text: string) => (PLAIN.test(text) ? text : parse(text));
      const parsed = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, compiled(text)]));
      // Still JSON: Vite's own JSON step turns it into the module.
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}

export default defineConfig({
  root: "web",
  publicDir: "public",
  plugins: [precompiledCatalogs(), preact()],
  resolve: {
    alias: [
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: "@formatjs/icu-messageformat-parser/no-parser.js" },
    ],
  },
  // No inline module-preload polyfill: the Content-Security-Policy allows scripts from this origin only.
  build: { outDir: "../dist", emptyOutDir: true, modulePreload: { polyfill: false } },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
