/**
 * The profile's "Your data": download everything Tandem holds about you (a JSON file and your meetings
 * as a calendar file), or erase your account after a dialog that says what erasing does.
 */
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useAction } from "../../lib/form";
import { useAskFirst } from "../../lib/confirm";
import { useT } from "./i18n";

/** Hands the browser a file to save; the address is freed once the browser has surely read it. */
function saveFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function YourData() {
  const { t } = useT();
  const download = useAction(async () => {
    const data = await ok(api.me.export.$get());
    saveFile("tandem-export.json", "application/json", JSON.stringify(data, null, 2));
    saveFile("tandem-meetings.ics", "text/calendar", data.meetingsCalendar);
    return t("profile.data.downloaded", { json: "tandem-export.json", calendar: "tandem-meetings.ics" });
  });
  const erase = useAction(async () => {
    await ok(api.me.$delete());
    // A full load, not a route: this page would send the signed-out person to sign in before the next
    // one loaded, and nothing loaded for them may stay in memory.
    location.assign("/privacy?erased=1");
    return t("profile.data.erased");
  });

  const confirmErase = useAskFirst(() => erase.run(undefined), {
    title: t("profile.data.eraseTitle"),
    message: t("profile.data.consequences"),
    confirmLabel: t("profile.data.erase"),
    danger: true,
  });

  return (
    <section class="card your-data" id="your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t("profile.data.title")}</h2>
      <p>
        {t("profile.data.intro")} <a href="/privacy">{t("profile.data.privacy")}</a>.
      </p>
      <div class="your-data-actions">
        <button type="button" onClick={() => download.run(undefined)} disabled={download.busy}>
          {t("profile.data.download")}
        </button>
        <button type="button" class="danger" onClick={confirmErase.run} disabled={erase.busy}>
          {t("profile.data.erase")}
        </button>
      </div>
      <Status tone={download.result?.tone} message={download.result?.text} />
      <Status tone={erase.result?.tone} message={erase.result?.text} />
      {confirmErase.dialog}
    </section>
  );
}
