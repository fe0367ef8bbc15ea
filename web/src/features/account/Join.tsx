/** Sign-up through a program's shared link: the program, then the steps in join/. */
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { LoadFailed } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { JoinSteps } from "./join/JoinSteps";
import "../../styles/join.css";

const load = (slug: string, key: string) => ok(api.join[":slug"].$get({ param: { slug }, query: { key } }));

/** What the page says when the API refuses the link itself. */
const GONE = {
  status: [404],
  title: "This sign-up link no longer works",
  text: "The link may have been replaced by a new one. Ask the program's organisers for the current sign-up link.",
};

export default function Join() {
  const { params } = useRoute();
  const { query } = useLocation();
  const slug = params.slug ?? "";
  const key = query.key ?? "";
  const { data: info, failure, reload } = useApi(["join", slug, key], () => load(slug, key));
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (failure) return <LoadFailed failure={failure} gone={GONE} onRetry={reload} />;
  if (!info) return <Skeleton />;
  const p = info.program;
  if (sentTo) {
    return (
      <section class="narrow">
        <h1>Check your email</h1>
        <Status
          tone="success"
          message={`We sent a confirmation link to ${sentTo}. Open it within 24 hours to confirm your place in ${p.name}.`}
        />
      </section>
    );
  }
  return (
    <section class="narrow join">
      <h1>Join {p.name}</h1>
      {p.description && <p>{p.description}</p>}
      {(p.startsOn || p.endsOn) && (
        <p class="hint">
          {p.startsOn ?? "…"} to {p.endsOn ?? "…"}
        </p>
      )}
      <JoinSteps info={info} slug={slug} joinKey={key} onSent={setSentTo} />
    </section>
  );
}
