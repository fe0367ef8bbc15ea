import { messagesOf } from "../../lib/i18n";
import en from "./locales/en.json";

/** The chat feature's words in English, brought by its code; other languages load on choice. */
export const useT = messagesOf(en);
