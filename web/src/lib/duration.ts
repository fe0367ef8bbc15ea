/** A span of time as the pages say it, in the viewer's language. */
import { t } from "./i18n";

/** "Under an hour", "5.5 hours", "3 days"; "No answers yet" for none. `inSentence`: "under an hour". */
export function duration(hours: number | null, inSentence = false) {
  if (hours === null) return t("duration.none");
  if (hours < 1) return inSentence ? t("duration.underAnHourInSentence") : t("duration.underAnHour");
  if (hours < 48) return t("duration.hours", { count: Math.round(hours * 10) / 10 });
  return t("duration.days", { count: Math.round(hours / 2.4) / 10 });
}
