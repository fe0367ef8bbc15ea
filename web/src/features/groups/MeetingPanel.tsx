/** A group's next meeting: when and where (a room or a video link), and the small form any member sets it with. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Submit, TextField, type FieldSpec } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
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
  const saving = useFormSave(
    (json: { at: string; place: string }) => ok(api.groups[":id"].meeting.$put({ param: { id: groupId }, json })),
    { saved: t("groups.meeting.saved"), quietChecks: true },
  );
  const { errors } = saving;
  const fields = {
    at: { id: "meeting-at", label: t("groups.meeting.when") },
    place: { id: "meeting-place", label: t("groups.meeting.where"), hint: t("groups.meeting.whereHint") },
  } satisfies Record<string, FieldSpec>;

  const submit = async (e: Event) => {
    e.preventDefault();
    const when = at ? new Date(at) : null; // a datetime-local value is read in the reader's time zone
    const valid = when && !Number.isNaN(when.getTime());
    const json = { at: valid ? when.toISOString() : "", place };
    const next = await saving.submit(json, valid ? {} : { at: t("groups.meeting.needWhen") });
    if (next) onSaved(next);
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
        <form ref={saving.formRef} class="card" onSubmit={submit} noValidate aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">{meeting.at ? t("groups.meeting.change") : t("groups.meeting.set")}</h3>
          <div class="row">
            <TextField {...fields.at} type="datetime-local" error={errors.at} value={at} onInput={setAt} />
            <TextField {...fields.place} maxLength={300} error={errors.place} value={place} onInput={setPlace} />
          </div>
          <Submit change={saving} label={t("groups.meeting.submit")} busyLabel={t("groups.meeting.busy")} />
        </form>
      )}
    </section>
  );
}
