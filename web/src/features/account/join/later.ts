/** The steps after the first, with their pickers: a chunk of their own, so the link opens on less code. */
export { OfferStep } from "./OfferStep";
export { PreferencesStep } from "./PreferencesStep";
