/**
 * The mentee's own profile, to compare with the suggestions: open beside them on a wide screen, folded
 * above them on a phone, so the mentors come first there.
 */
import { useState } from "preact/hooks";
import { plural, roleLine, skillText } from "../../../lib/format";
import type { Profile } from "./useSuggestions";

const place = (p: Profile) => [p.location, p.timezone].filter(Boolean).join(" · ");

/** Where the layout puts the profile beside the mentors (mentoring.css, .choose-layout). */
const SIDE_BY_SIDE = "(min-width: 801px)";

export function ProfileCard({ me }: { me: Profile }) {
  const [open, setOpen] = useState(() => window.matchMedia(SIDE_BY_SIDE).matches);
  return (
    <details
      class="card my-profile"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 id="my-profile-heading">You</h2>
        <span class="hint"> what you want to grow, your goals and where you work</span>
      </summary>
      <p>
        <strong>{me.name}</strong>
        {roleLine(me) && <br />}
        {roleLine(me)}
      </p>
      <dl class="facts">
        <dt>You want to grow</dt>
        <dd>{me.skillsSought.length ? me.skillsSought.map(skillText).join(", ") : "—"}</dd>
        <dt>Your goals</dt>
        <dd>{me.goals || "—"}</dd>
        <dt>Languages</dt>
        <dd>{me.languages.join(", ") || "—"}</dd>
        <dt>Where</dt>
        <dd>{place(me) || "—"}</dd>
        {me.yearsExperience !== null && (
          <>
            <dt>Experience</dt>
            <dd>{plural(me.yearsExperience, "year")}</dd>
          </>
        )}
      </dl>
      <p>
        <a href="/profile">Edit my profile</a>
      </p>
    </details>
  );
}
