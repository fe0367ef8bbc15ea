/** An event through its link: what it is, registering for it, and on the day your table and timer. */
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { LoadFailed } from "../../lib/Alert";
import { Field, Status } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { useSession } from "../../lib/session";
import { plural, splitList } from "../../lib/text";
import { eventWhen, useLive } from "./live";
import { RoleChoice } from "./RoleChoice";
import { ConfirmSignUp, SignUpForm } from "./SignUp";
import { PickPartners } from "./Picks";
import { EventThanks } from "../recognition/EventThanks";
import { roundsOver } from "./seat-text";
import { LiveSeat, YourRounds, useSeats } from "./Seats";
import { isWebLink } from "../../lib/text";
import { Skeleton } from "../../lib/Skeleton";

const loadInfo = (id: string, key: string) => ok(api.events[":id"].public.$get({ param: { id }, query: { key } }));

/** What the page says when the API refuses the link itself. */
const GONE = {
  status: [404],
  title: "This event link does not work",
  text: "Check that you have the whole link, or ask the event's hosts for it again.",
};

export default function EventPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const { me, loading } = useSession();
  const id = params.id ?? "";
  const key = query.key ?? "";
  const confirm = query.confirm ?? "";
  // What the page shows depends on who is signed in (their registration): asked once that is known.
  const {
    data: info,
    failure: error,
    reload: load,
  } = useApi(["events", id, "public", key, me?.person.id ?? null], () => loadInfo(id, key), { enabled: !loading });

  if (error) return <LoadFailed failure={error} gone={GONE} onRetry={load} />;
  if (!info) return <Skeleton />;
  const reg = info.registration;
  return (
    <section class="narrow ev-page">
      <h1>{info.title}</h1>
      <dl class="profile">
        <dt>When</dt>
        <dd>{eventWhen(info)}</dd>
        {info.place && (
          <>
            <dt>Where</dt>
            <dd>{info.place}</dd>
          </>
        )}
        {isWebLink(info.videoUrl) && (
          <>
            <dt>Video call</dt>
            <dd>
              <a href={info.videoUrl}>Join the call</a>
            </dd>
          </>
        )}
        <dt>How it runs</dt>
        <dd>
          Rounds of {plural(info.roundMinutes, "minute")}
          {info.breakMinutes > 0 ? `, with ${plural(info.breakMinutes, "minute")} to change tables` : ""}.{" "}
          {info.mode === "peer"
            ? "Everyone meets everyone, one person a round: no roles."
            : `Each mentor meets ${info.menteesPerTable === 1 ? "one mentee" : `up to ${plural(info.menteesPerTable, "mentee")}`} a round.`}
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
  const submit = async (e: Event) => {
    e.preventDefault();
    const json = { key: joinKey, role: peer ? ("peer" as const) : role, interests: splitList(interests) };
    if ((await registering.run(json)) !== null) onDone();
  };
  return (
    <form onSubmit={submit} class="card" aria-labelledby="ev-register-h">
      <h2 id="ev-register-h">Register</h2>
      {!peer && <RoleChoice role={role} onChange={setRole} />}
      <Field
        id="ev-interests"
        label="Interests (optional)"
        hint="What you would like to talk about, separated by commas"
      >
        {(a) => <input {...a} value={interests} onInput={(e) => setInterests(e.currentTarget.value)} />}
      </Field>
      <Status message={error} tone="error" />
      <button type="submit" disabled={busy}>
        {busy ? "Registering…" : "Register"}
      </button>
    </form>
  );
}

function Registered({ id, joinKey, role, status }: { id: string; joinKey: string; role: string; status: string }) {
  const seats = useSeats(id);
  // No plan, no clock to follow: the page polls the lobby and opens the live socket once seats exist.
  const live = useLive(id, { socket: (seats.data?.rounds.length ?? 0) > 0 });
  return (
    <>
      <p class="status success" role="status">
        You are registered{role === "peer" ? "" : ` as a ${role}`}
        {status === "present" ? " and checked in" : ""}.
      </p>
      <p>
        <a href={`/api/events/${id}/calendar.ics?key=${encodeURIComponent(joinKey)}`}>Add it to your calendar</a>
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
