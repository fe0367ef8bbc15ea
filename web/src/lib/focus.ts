import { useEffect } from "preact/hooks";

/** Focuses the element with this id once the render under way has put it on the page. */
export const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * Brings the item a link's hash names (`#meeting-<id>`) into view once `ready` (its list loaded): the
 * browser scrolls to a hash only at page load, before a list loaded on demand is there.
 */
export function useHashTarget(ready: boolean) {
  useEffect(() => {
    if (!ready || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [ready]);
}
