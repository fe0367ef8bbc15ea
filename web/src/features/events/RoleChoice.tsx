/** Mentor or mentee, as two large radio choices (easy to tap on a phone). */
import { useT } from "./i18n";

export function RoleChoice(props: {
  role: "mentor" | "mentee";
  onChange: (r: "mentor" | "mentee") => void;
  error?: string;
}) {
  const { t } = useT();
  return (
    <fieldset class="ev-choices" aria-describedby={props.error ? "ev-role-error" : undefined}>
      <legend>{t("events.role.legend")}</legend>
      {(["mentee", "mentor"] as const).map((r) => (
        <label class="ev-choice" key={r}>
          <input type="radio" name="role" value={r} checked={props.role === r} onChange={() => props.onChange(r)} />
          {r === "mentor" ? t("events.role.mentor") : t("events.role.mentee")}
        </label>
      ))}
      {props.error && (
        <p class="error" id="ev-role-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
