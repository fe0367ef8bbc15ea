/** "en, de , pt" → ["en", "de", "pt"]: how forms take lists typed as text. */
export const splitList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
