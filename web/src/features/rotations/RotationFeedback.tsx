/**
 * Rating a reverse-mentoring partner after a cycle (the link in the end-of-cycle email): 1 to 5 for
 * each partner of that cycle, with an optional line. Rating again changes the rating.
 */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { outcome, Submit } from "../../lib/Field";
import { cycleDays, loadMyRotations, names, type MyRotation } from "./MyRotations";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { rememberReturn } from "../../lib/returnTo";
import { useSession } from "../../lib/session";
import { useApi, useApiChange } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

type Cycle = NonNullable<MyRotation["current"]>;
type Partner = Cycle["partners"][number];
type Feedback = Parameters<(typeof api.programs)[":id"]["rotations"]["feedback"]["$post"]>[0]["json"];

export default function RotationFeedback() {
  const { me, loading } = useSession();
  // Signing in from here should come back here: the email's link is the way most people arrive. The
  // address is taken on arrival, since the redirect to the sign-in page changes it.
  const [here] = useState(() => location.pathname + location.search);
  useEffect(() => {
    if (!loading && !me) rememberReturn(here);
  }, [loading, me]);
  return <RequireSignIn>{() => <FeedbackView />}</RequireSignIn>;
}

function FeedbackView() {
  const { programId = "", cycle = "" } = useRoute().params;
  const { data, error, reload } = useApi(["me", "rotations"], loadMyRotations);
  const { t, language } = useT();
  if (error) {
    return (
      <section class="narrow">
        <h1>{t("rotations.feedback.rateTitle")}</h1>
        <Alert message={error}>
          <TryAgain onClick={reload} />
        </Alert>
      </section>
    );
  }
  if (!data) return <Skeleton />;
  const rotation = data.items.find((r) => r.programId === programId);
  const found = rotation && [...rotation.past, rotation.current].find((c) => c && String(c.cycle) === cycle);
  if (!rotation || !found || found.partners.length === 0) {
    return (
      <section class="narrow">
        <h1>{t("rotations.feedback.rateTitle")}</h1>
        <p class="empty">
          {t("rotations.feedback.notYours")} <a href="/dashboard">{t("rotations.feedback.back")}</a>
        </p>
      </section>
    );
  }
  return (
    <section class="narrow">
      <h1>{t("rotations.feedback.title", { cycle: found.cycle })}</h1>
      <p>
        {t("rotations.feedback.intro", {
          program: rotation.programName,
          days: cycleDays(found.startsAt, found.endsAt),
          names: names(language, found.partners),
        })}
      </p>
      {"rated" in found && found.rated && <p class="hint">{t("rotations.feedback.already")}</p>}
      <FeedbackForm programId={programId} cycle={found.cycle} partners={found.partners} />
    </section>
  );
}

function FeedbackForm(props: { programId: string; cycle: number; partners: Partner[] }) {
  const { programId, cycle, partners } = props;
  const { t } = useT();
  const labels = [
    t("rotations.feedback.rating1"),
    t("rotations.feedback.rating2"),
    t("rotations.feedback.rating3"),
    t("rotations.feedback.rating4"),
    t("rotations.feedback.rating5"),
  ];
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  // One rating a partner, sent one after the other; the first refusal stops the rest.
  const sending = useApiChange(async (jsons: Feedback[]) => {
    for (const json of jsons)
      await ok(api.programs[":id"].rotations.feedback.$post({ param: { id: programId }, json }));
  });
  const [sent, setSent] = useState(false);
  const status = {
    busy: sending.busy,
    result: outcome(missing.length ? null : sending.error, sent ? t("rotations.feedback.saved") : null),
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const unrated = partners.filter((p) => !ratings[p.id]).map((p) => p.id);
    setMissing(unrated);
    setSent(false);
    if (unrated.length) {
      setTimeout(() => document.querySelector<HTMLInputElement>(`input[name="rating-${unrated[0]}"]`)?.focus(), 0);
      return;
    }
    const jsons = partners.map((p) => ({
      cycle,
      aboutId: p.id,
      rating: ratings[p.id]!,
      comment: comments[p.id] ?? "",
    }));
    if ((await sending.run(jsons)) !== null) setSent(true);
  };

  return (
    <form onSubmit={submit} noValidate>
      {partners.map((p) => (
        <fieldset key={p.id} aria-describedby={missing.includes(p.id) ? `missing-${p.id}` : undefined}>
          <legend>{t("rotations.feedback.question", { name: p.name })}</legend>
          {labels.map((label, i) => (
            <div class="choice" key={i}>
              <input
                type="radio"
                id={`rating-${p.id}-${i + 1}`}
                name={`rating-${p.id}`}
                value={i + 1}
                checked={ratings[p.id] === i + 1}
                aria-invalid={missing.includes(p.id) ? "true" : undefined}
                onChange={() => setRatings({ ...ratings, [p.id]: i + 1 })}
              />
              <label for={`rating-${p.id}-${i + 1}`}>
                {i + 1} — {label}
              </label>
            </div>
          ))}
          {missing.includes(p.id) && (
            <p class="error" id={`missing-${p.id}`}>
              {t("rotations.feedback.needRating", { min: 1, max: 5 })}
            </p>
          )}
          <div class="field">
            <label for={`comment-${p.id}`}>{t("rotations.feedback.comment")}</label>
            <textarea
              id={`comment-${p.id}`}
              maxLength={1000}
              rows={3}
              value={comments[p.id] ?? ""}
              onInput={(e) => setComments({ ...comments, [p.id]: e.currentTarget.value })}
            />
          </div>
        </fieldset>
      ))}
      <Submit change={status} label={t("rotations.feedback.submit")} busyLabel={t("rotations.feedback.busy")} />
      {status.result?.tone === "success" && (
        <p>
          <a href="/dashboard">{t("rotations.feedback.backAfter")}</a>
        </p>
      )}
    </form>
  );
}
