import { useT } from "./i18n";

export default function NotFound() {
  const { t } = useT();
  return (
    <section class="narrow">
      <h1>{t("notFound.title")}</h1>
      <p>
        {t("notFound.text")} <a href="/">{t("notFound.startPage")}</a>
      </p>
    </section>
  );
}
