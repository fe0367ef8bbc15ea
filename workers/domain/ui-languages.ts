/** The languages Tandem's screens are written in; a person may pick one on their profile. */
export const UI_LANGUAGES = ["en", "de"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
