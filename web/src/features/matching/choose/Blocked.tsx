/** Why this person cannot choose a mentor here, as the API said, and what follows for them. */
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";

const more = (t: Translate): Record<string, string> => ({
  not_choice_mode: t("matching.blocked.notChoiceMode"),
  choice_closed: t("matching.blocked.choiceClosed"),
  has_mentor: t("matching.blocked.hasMentor"),
  cannot_choose: t("matching.blocked.cannotChoose"),
  not_mentee: t("matching.blocked.notMenteeMore"),
});

export function Blocked({ code, message }: { code: string; message: string }) {
  const { t } = useT();
  return (
    <>
      <p class="empty" role="status">
        {message || t("matching.blocked.notMentee")} {more(t)[code] ?? ""}
      </p>
      <p>
        <a href="/dashboard">{t("matching.blocked.back")}</a>
      </p>
    </>
  );
}
