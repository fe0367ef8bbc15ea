/**
 * The time-zone picker: search by city, country or offset. The list is built from Intl in slices
 * once the field is on the page, never with the page itself.
 */
import { useState } from "preact/hooks";
import { useT } from "./i18n";
import { Picker } from "../../lib/Picker";
import { loadZones, searchZones, zoneLabel, type Zone } from "../../lib/timezones";

export function TimeZonePicker(props: {
  value: string;
  onChange: (tz: string) => void;
  error?: string;
  hint?: string;
}) {
  const { value, onChange, error } = props;
  const { t } = useT();
  const [zones, setZones] = useState<Zone[] | null>(null);
  const shown = zones?.find((z) => z.value === value)?.label ?? (value ? zoneLabel(value) : "");
  return (
    <Picker
      id="timezone"
      label={t("profile.timezone")}
      hint={props.hint ?? t("profile.timezoneHint")}
      error={error}
      shown={shown}
      noun={t("profile.timezones")}
      // Old names (Asia/Calcutta) read right only once the zones are built: build them as the field shows.
      preload
      load={() => loadZones(value).then((all) => (setZones(all), all))}
      search={searchZones}
      onPick={(z) => onChange(z.value)}
    />
  );
}
