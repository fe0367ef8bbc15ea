/**
 * Mentee's choice: the mentee's own profile beside their five best-suited mentors, what each pair
 * shares, ranking up to three and sending the request; then where the request stands.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, codeOf, fieldsOf, messageOf, ok, statusOf } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Status, type StatusMessage } from "../../lib/Field";
import { RequestChain } from "./RequestChain";
import { RequireSignIn } from "../../lib/RequireSignIn";
import type { Me } from "../../lib/session";
import { Blocked } from "./choose/Blocked";
import { ProfileCard } from "./choose/ProfileCard";
import { RequestForm } from "./choose/RequestForm";
import { SuggestionCard } from "./choose/SuggestionCard";
import { MAX_CHOICES, useChoices } from "./choose/useChoices";
import { useSuggestions } from "./choose/useSuggestions";
import { Skeleton } from "../../lib/Skeleton";
import { useApiChange } from "../../lib/query";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";

export default function ChooseMentor() {
  return <RequireSignIn>{(me) => <ChooseView me={me} />}</RequireSignIn>;
}

function ChooseView({ me }: { me: Me }) {
  const { t } = useT();
  const id = useRoute().params.id!;
  const programName = me.enrollments.find((e) => e.programId === id)?.program.name;
  const { view, load, showChain, block } = useSuggestions(id);
  const choices = useChoices(view.kind === "choosing" ? view.data.suggestions : []);
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const sending = useApiChange((json: { mentorIds: string[]; message: string }) =>
    ok(api.programs[":id"].requests.$post({ param: { id }, json })),
  );
  const { chosen } = choices;

  /** Why the request was refused: at the mentor it names, or for the whole page. */
  const refused = async (err: unknown) => {
    if (codeOf(err) === "request_open") {
      setStatus({ text: messageOf(err), tone: "error" });
      await showChain(true).catch(() => undefined);
    } else if (statusOf(err) === 409) {
      block(err);
    } else {
      const fields: Record<string, string> = {};
      chosen.forEach((mentorId, i) => {
        const why = fieldsOf(err)[`mentorIds.${i}`];
        if (why) fields[mentorId] = why;
      });
      choices.setErrors(fields);
      setStatus({ text: messageOf(err), tone: "error" });
    }
  };

  const send = async (e: Event) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setStatus({ text: t("matching.choose.noneChosen"), tone: "error" });
      return;
    }
    setStatus(null);
    choices.setErrors({});
    if ((await sending.run({ mentorIds: chosen, message }, refused)) === null) return;
    setStatus({ text: t("matching.choose.sent"), tone: "success" });
    // Sent; if where it stands cannot be loaded now, the page's reload shows it (or a Try again).
    await showChain(true).catch(() => load("choose-heading"));
  };

  const title = programName ? t("matching.choose.titleIn", { program: programName }) : t("matching.choose.title");
  const heading = (
    <>
      <BackLink href="/dashboard" label={t("matching.choose.back")} />
      <h1 id="choose-heading" tabIndex={-1}>
        {title}
      </h1>
    </>
  );

  if (view.kind === "loading") {
    return (
      <section>
        {heading}
        <Skeleton label={t("matching.choose.loading")} />
      </section>
    );
  }
  if (view.kind === "error") {
    return (
      <section>
        {heading}
        <Alert message={view.message} />
        <button type="button" onClick={() => load("choose-heading")}>
          {t("matching.choose.tryAgain")}
        </button>
      </section>
    );
  }
  if (view.kind === "blocked") {
    return (
      <section class="narrow">
        {heading}
        <Blocked code={view.code} message={view.message} />
      </section>
    );
  }
  if (view.kind === "sent") {
    return (
      <section class="narrow">
        {heading}
        <Status tone={status?.tone} message={status?.text} />
        <RequestChain
          chain={view.chain}
          programId={id}
          headingId="chain-heading"
          onWithdrawn={() => {
            choices.clear();
            setStatus({ text: t("matching.choose.withdrawn"), tone: "success" });
            void load("choose-heading");
          }}
        />
      </section>
    );
  }

  const { data, previous } = view;
  const ranOut = previous.length > 0 && previous.every((r) => r.status === "declined" || r.status === "lapsed");
  return (
    <section class="choose-page">
      {heading}
      <p class="lead">{t("matching.choose.lead")}</p>
      {status?.tone === "success" && (
        <p class="status success" role="status">
          {status.text}
        </p>
      )}
      {ranOut && (
        <p class="notice" role="status">
          {t("matching.choose.ranOut")}
        </p>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {choices.announce}
      </p>
      <div class="choose-layout">
        <ProfileCard me={data.me} />
        <div class="choose-main">
          <h2 id="suggestions-heading">{t("matching.choose.suggestions")}</h2>
          {data.suggestions.length === 0 ? (
            <p class="empty">{t("matching.choose.noSeats")}</p>
          ) : (
            <>
              <ul class="suggestions" aria-labelledby="suggestions-heading">
                {data.suggestions.map((s) => (
                  <SuggestionCard
                    key={s.mentor.id}
                    s={s}
                    rank={chosen.indexOf(s.mentor.id)}
                    next={chosen.length + 1}
                    full={chosen.length >= MAX_CHOICES}
                    onAdd={() => {
                      choices.add(s.mentor.id);
                      setStatus(null);
                    }}
                    onRemove={() => choices.remove(s.mentor.id, "card")}
                  />
                ))}
              </ul>
              <RequestForm
                choices={choices}
                requestDays={data.requestDays}
                message={message}
                onMessage={setMessage}
                sending={sending.busy}
                error={status?.tone === "error" ? status.text : null}
                onSubmit={send}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
