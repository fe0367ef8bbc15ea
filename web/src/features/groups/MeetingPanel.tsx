/** A group's next meeting: when and where (a room or a video link), and the small form any member sets it with. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, focusFirstError, outcome, Submit } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { localInputValue } from "../../lib/dates";
import { formatDateTime } from "../../lib/dates";
import { useT } from "./i18n";

type Meeting = { at: number | null; place: string };
type Props = {
  groupId: string;
  meeting: Meeting;
  canEdit: boolean;
  onSaved: (m: { at: number; place: string }) => void;
};

const isLink = (place: string) => /^https?:\/\/\S+$/.test(place);

export function MeetingPanel({ groupId, meeting, canEdit, onSaved }: Props) {
  const { t } = useT();
  const [at, setAt] = useState(meeting.at ? localInputValue(meeting.at) : "");
  const [place, setPlace] = useState(meeting.place);
  const saving = useApiChange((json: { at: string; place: string }) =>
    ok(api.groups[":id"].meeting.$put({ param: { id: groupId }, json })),
  );
  const { busy } = saving;
  const [noDate, setNoDate] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = noDate ? { at: t("groups.meeting.needWhen") } : saving.fields;
  const message = outcome(noDate ? null : saving.error, saved ? t("groups.meeting.saved") : null);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const when = at ? new Date(at) : null; // a datetime-local value is read in the reader's time zone
    const invalid = !when || Number.isNaN(when.getTime());
    setNoDate(invalid);
    setSaved(false);
    if (invalid) return focusFirstError(form.current);
    const next = await saving.run({ at: when.toISOString(), place });
    if (!next) return focusFirstError(form.current);
    onSaved(next);
    setSaved(true);
  };

  return (
    <section aria-labelledby="meeting-title">
      <h2 id="meeting-title">{t("groups.meeting.title")}</h2>
      {meeting.at ? (
        <p>
          <strong>{formatDateTime(meeting.at)}</strong>
          {meeting.place && (
            <>
              {", "}
              {isLink(meeting.place) ? (
                <a href={meeting.place} style={{ overflowWrap: "anywhere" }}>
                  {meeting.place}
                </a>
              ) : (
                meeting.place
              )}
            </>
          )}
        </p>
      ) : (
        <p class="empty">
          {t("groups.meeting.none")}
          {canEdit && ` ${t("groups.meeting.anyMember")}`}
        </p>
      )}
      {canEdit && (
        <form ref={form} class="card" onSubmit={submit} noValidate aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">{meeting.at ? t("groups.meeting.change") : t("groups.meeting.set")}</h3>
          <div class="row">
            <Field id="meeting-at" label={t("groups.meeting.when")} error={errors.at}>
              {(aria) => (
                <input {...aria} type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
              )}
            </Field>
            <Field
              id="meeting-place"
              label={t("groups.meeting.where")}
              hint={t("groups.meeting.whereHint")}
              error={errors.place}
            >
              {(aria) => (
                <input {...aria} value={place} maxLength={300} onInput={(e) => setPlace(e.currentTarget.value)} />
              )}
            </Field>
          </div>
          <Submit
            change={{ busy, result: message }}
            label={t("groups.meeting.submit")}
            busyLabel={t("groups.meeting.busy")}
          />
        </form>
      )}
    </section>
  );
}
