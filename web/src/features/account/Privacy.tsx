/**
 * The privacy notice: what Tandem keeps about a participant, who sees it, for how long, and how to
 * download or erase it. Open to anyone, since people read it before they sign up.
 */
import { useLocation } from "preact-iso";
import type { Translate } from "../../lib/i18n";
import { Page } from "../../lib/Section";
import { useT } from "./i18n";

const held = (t: Translate) => [
  [t("privacy.held.profile"), t("privacy.held.profileDetail")],
  [t("privacy.held.programs"), t("privacy.held.programsDetail")],
  [t("privacy.held.mentoring"), t("privacy.held.mentoringDetail")],
  [t("privacy.held.around"), t("privacy.held.aroundDetail")],
  [t("privacy.held.account"), t("privacy.held.accountDetail")],
];

export default function Privacy() {
  const { query } = useLocation();
  const { t } = useT();
  return (
    <Page class="narrow privacy" title={t("privacy.title")}>
      {query.erased && (
        <p class="notice" role="status">
          {t("privacy.erased")}
        </p>
      )}
      <h2>{t("privacy.keeps")}</h2>
      <dl>
        {held(t).map(([what, detail]) => (
          <div key={what}>
            <dt>{what}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("privacy.who")}</h2>
      <p>{t("privacy.whoText")}</p>
      <h2>{t("privacy.howLong")}</h2>
      <p>{t("privacy.howLongText")}</p>
      <h2>{t("privacy.rights")}</h2>
      <p>
        {t("privacy.rightsOn")} <a href="/profile#your-data">{t("privacy.rightsProfile")}</a>
        {t("privacy.rightsUnder")} <strong>{t("privacy.rightsYourData")}</strong>
        {t("privacy.rightsText")}
      </p>
      <p>{t("privacy.erasing")}</p>
    </Page>
  );
}
