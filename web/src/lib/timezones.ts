/**
 * Time zones as people know them: "Berlin (UTC+01:00)", found by city, country, offset or the zone's
 * own id. Labels and offsets come from Intl; which countries a zone covers comes from
 * countries-and-timezones, loaded only when a picker opens, so the page that shows one stays small.
 */
import { bestFirst, fold as foldAccents } from "./text";

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The IANA time zones this browser knows, with the browser's own first. */
export const timeZones = (): string[] => timeZoneIds();

/** A zone to pick: its IANA id (what the API stores), its label, and the folded text a search reads. */
export type Zone = { value: string; label: string; offset: number; city: string; countries: string; text: string };

/** What a zone database says of one zone: the countries it covers, and the id it is an old name of. */
export type ZoneFacts = (id: string) => { countries: string[]; aliasOf?: string | null } | undefined;

/** Lower case, without accents, `_` and `/` as spaces: "São_Paulo" and "sao paulo" meet. */
const fold = (s: string) => foldAccents(s).replace(/[_/]/g, " ");

/** Minutes east of UTC in `tz` at `at`, read from Intl's "GMT+05:30". */
export function offsetOf(tz: string, at = new Date()): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /([+-\u2212])(\d{1,2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "+" ? minutes : -minutes;
}

/** 330 → "UTC+05:30". */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${minutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires, Argentina"; "Europe/Berlin" → "Berlin". */
export function cityOf(id: string): string {
  if (/^(Etc\/)?(UTC|GMT|UCT|Universal|Zulu)$/.test(id)) return "UTC";
  const parts = id.split("/").map((p) => p.replace(/_/g, " "));
  const city = parts[parts.length - 1]!;
  return parts.length > 2 ? `${city}, ${parts[1]}` : city;
}

/** "Berlin (UTC+01:00)": the city of `id` and its offset at `at`. */
export function zoneLabel(id: string, at = new Date(), city = cityOf(id)): string {
  try {
    return `${city} (${formatOffset(offsetOf(id, at))})`;
  } catch {
    return id; // a zone this browser does not know stays shown by its id
  }
}

/** The IANA zones this browser knows, and `keep` (a stored value) even if it does not list it. */
export function timeZoneIds(keep?: string): string[] {
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? ["UTC"];
  return [...new Set([...(keep ? [keep] : []), browserTimeZone(), ...all])];
}

let regions: Intl.DisplayNames | undefined;

/** One zone, labelled and made searchable. */
function zoneOf(value: string, facts: ZoneFacts, at: Date): Zone {
  regions ??= new Intl.DisplayNames(["en"], { type: "region" });
  const fact = facts(value);
  const codes = fact?.countries ?? [];
  const countries = codes.map((c) => regions!.of(c) ?? c).join(", ");
  // Browsers still answer old names (Asia/Calcutta): a renamed city is shown by its new name, but a
  // zone merged into another country's (Europe/Copenhagen into Berlin) keeps its own.
  const alias = fact?.aliasOf ? facts(fact.aliasOf) : undefined;
  const renamed = alias && alias.countries.join() === codes.join() ? fact!.aliasOf! : null;
  const city = cityOf(renamed ?? value);
  let offset = 0;
  try {
    offset = offsetOf(value, at);
  } catch {
    return { value, label: value, offset, city: fold(value), countries: "", text: fold(value) };
  }
  const label = `${city} (${formatOffset(offset)})`;
  const text = fold([city, value, renamed ?? "", countries].join(" | "));
  return { value, label, offset, city: fold(city), countries: fold(countries), text };
}

const byOffset = (a: Zone, b: Zone) => a.offset - b.offset || a.label.localeCompare(b.label);

/** Every zone of `ids` labelled and made searchable, west to east and by city within an offset. */
export function buildZones(ids: string[], facts: ZoneFacts, at = new Date()): Zone[] {
  return ids.map((id) => zoneOf(id, facts, at)).sort(byOffset);
}

/** "+05:30", "utc+5", "GMT-3", "5:30" → the offsets meant, in minutes (both signs if none is given). */
function offsetsAsked(q: string): number[] | null {
  const m = /^(utc|gmt)?([+-\u2212])?(\d{1,2})(?::?(\d{2}))?$/.exec(q);
  if (!m) return null;
  const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
  if (m[2]) return [m[2] === "+" ? minutes : -minutes];
  return m[1] ? [minutes] : [minutes, -minutes];
}

/**
 * The zones that match `query`, best first: by offset for "+05:30", else a city or country of that
 * very name, then cities that start with it, then countries that do, then any other mention.
 */
export function searchZones(zones: Zone[], query: string, limit = 50): Zone[] {
  const q = fold(query.trim()).replace(/\s+/g, " ");
  if (!q) return zones.slice(0, limit);
  const offsets = offsetsAsked(q.replace(/\s/g, ""));
  if (offsets) return zones.filter((z) => offsets.includes(z.offset)).slice(0, limit);
  const words = q.split(" ");
  const startsWord = (hay: string, w: string) => hay.startsWith(w) || hay.includes(" " + w);
  const rank = (z: Zone) => {
    if (!words.every((w) => z.text.includes(w))) return -1;
    if (z.city === q || z.countries.split(", ").includes(q)) return 0;
    if (z.city.startsWith(q)) return 1;
    if (startsWord(z.city, q)) return 2;
    if (startsWord(z.countries, q)) return 3;
    return 4;
  };
  return bestFirst(zones, rank, limit);
}

/**
 * Every zone this browser knows, with `keep` among them. Intl makes a formatter per zone, which takes
 * a phone most of a second for all of them: they are built in slices that leave the page responsive.
 */
export async function loadZones(keep?: string): Promise<Zone[]> {
  const { getTimezone } = await import("countries-and-timezones");
  const facts: ZoneFacts = (id) => getTimezone(id) ?? undefined;
  const ids = timeZoneIds(keep);
  const at = new Date();
  const zones: Zone[] = [];
  for (let i = 0; i < ids.length; i += 40) {
    zones.push(...ids.slice(i, i + 40).map((id) => zoneOf(id, facts, at)));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return zones.sort(byOffset);
}
