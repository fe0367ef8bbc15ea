import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  publicDir: "public",
  plugins: [preact()],
  // No inline module-preload polyfill: the Content-Security-Policy allows scripts from this origin only.
  build: { outDir: "../dist", emptyOutDir: true, modulePreload: { polyfill: false } },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
