/** What a person would like to talk about at an event, typed as a list; the seating puts people who share some together. */
import { Field } from "../../lib/Field";
import { useT } from "./i18n";

export function InterestsField(props: {
  id: string;
  /** A host types them for someone at the door, so the hint only says how to separate them. */
  atTheDoor?: boolean;
  error?: string;
  value: string;
  onInput: (value: string) => void;
}) {
  const { id, atTheDoor, error, value, onInput } = props;
  const { t } = useT();
  return (
    <Field
      id={id}
      label={t("events.register.interests")}
      hint={atTheDoor ? t("events.walkIn.interestsHint") : t("events.register.interestsHint")}
      error={error}
    >
      {(a) => <input {...a} value={value} onInput={(e) => onInput(e.currentTarget.value)} />}
    </Field>
  );
}
