/** One choice that narrows a list, in the list's row of filters. */
import type { ComponentChildren } from "preact";

export function Filter<V extends string>(props: {
  label: string;
  value: V;
  onChange: (value: V) => void;
  /** The options, the first of them usually "any". */
  children: ComponentChildren;
}) {
  return (
    <div class="filters">
      <label>
        {props.label}
        <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
          {props.children}
        </select>
      </label>
    </div>
  );
}
