/** Mentor or mentee, as two large radio choices (easy to tap on a phone). */
export function RoleChoice(props: {
  role: "mentor" | "mentee";
  onChange: (r: "mentor" | "mentee") => void;
  error?: string;
}) {
  return (
    <fieldset class="ev-choices" aria-describedby={props.error ? "ev-role-error" : undefined}>
      <legend>I join as</legend>
      {(["mentee", "mentor"] as const).map((r) => (
        <label class="ev-choice" key={r}>
          <input type="radio" name="role" value={r} checked={props.role === r} onChange={() => props.onChange(r)} />
          {r === "mentor" ? "Mentor" : "Mentee"}
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
