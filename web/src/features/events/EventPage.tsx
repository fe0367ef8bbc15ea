/** An event through its link: what it is, registering for it, and on the day your table and timer. */
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { LoadFailed } from "../../lib/Alert";
import { Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { useSession } from "../../lib/session";
import { splitList } from "../../lib/text";
import { eventWhen, useLive } from "./live";
import { InterestsField } from "./InterestsField";
import { RoleChoice } from "./RoleChoice";
import { ConfirmSignUp, SignUpForm } from "./SignUp";
import { PickPartners } from "./Picks";
import { EventThanks } from "../recognition/EventThanks";
import { roundsOver } from "./seat-text";
import { LiveSeat, YourRounds, useSeats } from "./Seats";
import { isWebLink } from "../../lib/text";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

const loadInfo = (id: string, key: string) => ok(api.events[":id"].public.$get({ param: { id }, query: { key } }));

export default function EventPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const { me, loading } = useSession();
  const { t } = useT();
  const id = params.id ?? "";
  const key = query.key ?? "";
  const confirm = query.confirm ?? "";
  // What the page shows depends on who is signed in (their registration): asked once that is known.
  const {
    data: info,
    failure: error,
    reload: load,
  } = useApi(["events", id, "public", key, me?.person.id ?? null], () => loadInfo(id, key), { enabled: !loading });

  // What the page says when the API refuses the link itself.
  const gone = { status: [404], title: t("events.page.gone.title"), text: t("events.page.gone.text") };
  if (error) return <LoadFailed failure={error} gone={gone} onRetry={load} />;
  if (!info) return <Skeleton />;
  const reg = info.registration;
  return (
    <section class="narrow ev-page">
      <h1>{info.title}</h1>
      <dl class="profile">
        <dt>{t("events.page.when")}</dt>
        <dd>{eventWhen(info)}</dd>
        {info.place && (
          <>
            <dt>{t("events.page.where")}</dt>
            <dd>{info.place}</dd>
          </>
        )}
        {isWebLink(info.videoUrl) && (
          <>
            <dt>{t("events.page.videoCall")}</dt>
            <dd>
              <a href={info.videoUrl}>{t("events.page.joinCall")}</a>
            </dd>
          </>
        )}
        <dt>{t("events.page.howItRuns")}</dt>
        <dd>
          {t("events.page.rounds", { round: info.roundMinutes, between: info.breakMinutes })}{" "}
          {info.mode === "peer"
            ? t("events.page.peerRuns")
            : t("events.page.mentorRuns", { count: info.menteesPerTable })}
        </dd>
      </dl>
      {info.description && <p class="ev-description">{info.description}</p>}
      {confirm ? (
        <ConfirmSignUp id={id} joinKey={key} peer={info.mode === "peer"} token={confirm} />
      ) : !me ? (
        <SignUpForm id={id} joinKey={key} peer={info.mode === "peer"} />
      ) : reg ? (
        <Registered id={id} joinKey={key} role={reg.role} status={reg.status} />
      ) : (
        <RegisterForm id={id} joinKey={key} peer={info.mode === "peer"} onDone={load} />
      )}
    </section>
  );
}

function RegisterForm(props: { id: string; joinKey: string; peer: boolean; onDone: () => void }) {
  const { id, joinKey, peer, onDone } = props;
  const [role, setRole] = useState<"mentor" | "mentee">("mentee");
  const [interests, setInterests] = useState("");
  const registering = useApiChange((json: { key: string; role: "mentor" | "mentee" | "peer"; interests: string[] }) =>
    ok(api.events[":id"].register.$post({ param: { id }, json })),
  );
  const { error, busy } = registering;
  const { t } = useT();
  const submit = async (e: Event) => {
    e.preventDefault();
    const json = { key: joinKey, role: peer ? ("peer" as const) : role, interests: splitList(interests) };
    if ((await registering.run(json)) !== null) onDone();
  };
  return (
    <form onSubmit={submit} class="card" aria-labelledby="ev-register-h">
      <h2 id="ev-register-h">{t("events.register.title")}</h2>
      {!peer && <RoleChoice role={role} onChange={setRole} />}
      <InterestsField id="ev-interests" value={interests} onInput={setInterests} />
      <Status message={error} tone="error" />
      <button type="submit" disabled={busy}>
        {busy ? t("events.register.busy") : t("events.register.submit")}
      </button>
    </form>
  );
}

function Registered({ id, joinKey, role, status }: { id: string; joinKey: string; role: string; status: string }) {
  const seats = useSeats(id);
  // No plan, no clock to follow: the page polls the lobby and opens the live socket once seats exist.
  const live = useLive(id, { socket: (seats.data?.rounds.length ?? 0) > 0 });
  const { t } = useT();
  return (
    <>
      <p class="status success" role="status">
        {t("events.page.registered", { role, present: status === "present" ? "yes" : "no" })}
      </p>
      <p>
        <a href={`/api/events/${id}/calendar.ics?key=${encodeURIComponent(joinKey)}`}>{t("events.page.calendar")}</a>
      </p>
      <LiveSeat live={live} seats={seats} />
      <YourRounds seats={seats} />
      <PickPartners id={id} seats={seats} live={live.state} />
      {roundsOver(seats.data, live.state) && (
        <EventThanks
          eventId={id}
          partners={[...new Map((seats.data?.rounds ?? []).flatMap((r) => r.partners).map((p) => [p.id, p])).values()]}
        />
      )}
    </>
  );
}
