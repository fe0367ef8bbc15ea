/**
 * The profile's "Your data": download everything Tandem holds about you (a JSON file and your meetings
 * as a calendar file), or erase your account after a dialog that says what erasing does.
 */
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useAction } from "../../lib/form";
import { useConfirm } from "../../lib/confirm";

/** Hands the browser a file to save; the address is freed once the browser has surely read it. */
function saveFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const CONSEQUENCES =
  "You leave every program you are in. Your partners are told that you left Tandem, without a reason, and can be " +
  "matched again. Your profile, your goals, requests and notes, and the links between you and your survey " +
  "answers are erased; meetings and answers stay in the programs' counts without your name. You are signed out " +
  "everywhere. This cannot be undone: to come back, you sign up again.";

export function YourData() {
  const { ask, dialog } = useConfirm();
  const download = useAction(async () => {
    const data = await ok(api.me.export.$get());
    saveFile("tandem-export.json", "application/json", JSON.stringify(data, null, 2));
    saveFile("tandem-meetings.ics", "text/calendar", data.meetingsCalendar);
    return "Downloaded tandem-export.json and tandem-meetings.ics.";
  });
  const erase = useAction(async () => {
    await ok(api.me.$delete());
    // A full load, not a route: this page would send the signed-out person to sign in before the next
    // one loaded, and nothing loaded for them may stay in memory.
    location.assign("/privacy?erased=1");
    return "Your account is erased.";
  });

  const confirmErase = async () => {
    const yes = await ask({
      title: "Erase your account?",
      message: CONSEQUENCES,
      confirmLabel: "Erase my account",
      danger: true,
    });
    if (yes) await erase.run(undefined);
  };

  return (
    <section class="card your-data" id="your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Download everything Tandem holds about you, or erase your account.{" "}
        <a href="/privacy">What we keep and for how long</a>.
      </p>
      <div class="your-data-actions">
        <button type="button" onClick={() => download.run(undefined)} disabled={download.busy}>
          Download my data
        </button>
        <button type="button" class="danger" onClick={confirmErase} disabled={erase.busy}>
          Erase my account
        </button>
      </div>
      <Status tone={download.result?.tone} message={download.result?.text} />
      <Status tone={erase.result?.tone} message={erase.result?.text} />
      {dialog}
    </section>
  );
}
