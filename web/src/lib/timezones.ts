/** The IANA time zones this browser knows, with the browser's own first. */
export function timeZones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [own, "UTC"];
  return [...new Set([own, ...all])];
}
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
