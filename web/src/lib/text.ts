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
