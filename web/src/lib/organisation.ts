/**
 * The organisation's branding (name, logo, accent colour), loaded once for the header and every page;
 * its accent becomes the `--accent` token (and the text colour the API picked to read on it).
 */
import { useEffect } from "preact/hooks";
import { api, ok } from "./api";
import { useApi } from "./query";

export const ORGANISATION_KEY = ["organisation"];

export const loadOrganisation = () => ok(api.organisation.$get());

export function useOrganisation() {
  const { data } = useApi(ORGANISATION_KEY, loadOrganisation, { staleTime: 5 * 60_000 });
  const accent = data?.accent ?? null;
  const onAccent = data?.onAccent ?? null;
  useEffect(() => {
    const root = document.documentElement;
    const bar = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    // The browser's bar takes the accent too; index.html's value is Tandem's own.
    if (bar) {
      bar.dataset.tandem ??= bar.content;
      bar.content = accent ?? bar.dataset.tandem;
    }
    if (accent && onAccent) {
      root.style.setProperty("--accent", accent);
      root.style.setProperty("--on-accent", onAccent);
      root.dataset.brand = "";
    } else {
      root.style.removeProperty("--accent");
      root.style.removeProperty("--on-accent");
      delete root.dataset.brand;
    }
  }, [accent, onAccent]);
  return data;
}
