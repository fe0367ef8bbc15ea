/**
 * The mentee's own profile, to compare with the suggestions: open beside them on a wide screen, folded
 * above them on a phone, so the mentors come first there.
 */
import { useState } from "preact/hooks";
import { roleLine } from "../../../lib/format";
import { useT } from "../i18n";
import { skillWords } from "../words";
import type { Profile } from "./useSuggestions";

const place = (p: Profile) => [p.location, p.timezone].filter(Boolean).join(" · ");

/** Where the layout puts the profile beside the mentors (mentoring.css, .choose-layout). */
const SIDE_BY_SIDE = "(min-width: 801px)";

export function ProfileCard({ me }: { me: Profile }) {
  const { t } = useT();
  const [open, setOpen] = useState(() => window.matchMedia(SIDE_BY_SIDE).matches);
  return (
    <details
      class="card my-profile"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 id="my-profile-heading">{t("matching.profile.title")}</h2>
        <span class="hint"> {t("matching.profile.summary")}</span>
      </summary>
      <p>
        <strong>{me.name}</strong>
        {roleLine(me) && <br />}
        {roleLine(me)}
      </p>
      <dl class="facts">
        <dt>{t("matching.profile.grow")}</dt>
        <dd>{me.skillsSought.length ? me.skillsSought.map((sk) => skillWords(t, sk)).join(", ") : "—"}</dd>
        <dt>{t("matching.profile.goals")}</dt>
        <dd>{me.goals || "—"}</dd>
        <dt>{t("matching.profile.languages")}</dt>
        <dd>{me.languages.join(", ") || "—"}</dd>
        <dt>{t("matching.profile.where")}</dt>
        <dd>{place(me) || "—"}</dd>
        {me.yearsExperience !== null && (
          <>
            <dt>{t("matching.profile.experience")}</dt>
            <dd>{t("matching.profile.years", { count: me.yearsExperience })}</dd>
          </>
        )}
      </dl>
      <p>
        <a href="/profile">{t("matching.profile.edit")}</a>
      </p>
    </details>
  );
}
