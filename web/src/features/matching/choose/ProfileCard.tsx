/** The mentee's own profile, beside the suggestions, to compare with them. */
import { plural, roleLine, skillText } from "../../../lib/format";
import type { Profile } from "./useSuggestions";

const place = (p: Profile) => [p.location, p.timezone].filter(Boolean).join(" · ");

export function ProfileCard({ me }: { me: Profile }) {
  return (
    <section class="card my-profile" aria-labelledby="my-profile-heading">
      <h2 id="my-profile-heading">You</h2>
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
    </section>
  );
}
