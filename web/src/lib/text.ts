/** "en, de , pt" → ["en", "de", "pt"]: how forms take lists typed as text. */
export const splitList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Whether a stored link may be shown as a link: links saved before the API refused other schemes may remain. */
export const isWebLink = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

const PLURAL = new Intl.PluralRules("en");
/** 1 → "1 minute", 2 → "2 minutes": English plurals by Intl.PluralRules, the irregular form given. */
export const plural = (n: number, one: string, other = `${one}s`) => `${n} ${PLURAL.select(n) === "one" ? one : other}`;

/** Lower case and without accents, so that a search for "sao" finds "São". */
export const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The items `rank` keeps (a rank of 0 or more), best (lowest rank) first, at most `limit`; ties keep their order. */
export function bestFirst<T>(items: T[], rank: (item: T) => number, limit: number): T[] {
  return items
    .map((item) => ({ item, r: rank(item) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r)
    .slice(0, limit)
    .map((x) => x.item);
}
