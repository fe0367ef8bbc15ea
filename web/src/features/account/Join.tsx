/** Sign-up through a program's shared link: the program, then the steps in join/. */
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { LoadFailed } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { formatDay } from "../../lib/dates";
import { Status } from "../../lib/Field";
import { useT } from "./i18n";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { JoinSteps } from "./join/JoinSteps";
import "../../styles/join.css";

const load = (slug: string, key: string) => ok(api.join[":slug"].$get({ param: { slug }, query: { key } }));

export default function Join() {
  const { t } = useT();
  // What the page says when the API refuses the link itself.
  const gone = { status: [404], title: t("join.gone.title"), text: t("join.gone.text") };
  const { params } = useRoute();
  const { query } = useLocation();
  const slug = params.slug ?? "";
  const key = query.key ?? "";
  const { data: info, failure, reload } = useApi(["join", slug, key], () => load(slug, key));
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (failure) return <LoadFailed failure={failure} gone={gone} onRetry={reload} />;
  if (!info) return <Skeleton />;
  const p = info.program;
  if (sentTo) {
    return (
      <section class="narrow">
        <h1>{t("join.sent.title")}</h1>
        <Status tone="success" message={t("join.sent.text", { email: sentTo, program: p.name })} />
      </section>
    );
  }
  return (
    <section class="narrow join">
      <h1>{t("join.title", { program: p.name })}</h1>
      {p.description && <p>{p.description}</p>}
      {(p.startsOn || p.endsOn) && (
        <p class="hint">
          {t("join.term", {
            from: p.startsOn ? formatDay(p.startsOn) : "…",
            to: p.endsOn ? formatDay(p.endsOn) : "…",
          })}
        </p>
      )}
      <JoinSteps info={info} slug={slug} joinKey={key} onSent={setSentTo} />
    </section>
  );
}
