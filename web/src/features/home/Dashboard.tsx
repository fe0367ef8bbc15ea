/**
 * The home after signing in. Organisers see their programs first (features/insights); the participant's
 * part: the one thing to do next, their mentorships, their programs (choosing a mentor, or as a mentor
 * their seats and pausing), their profile, withdrawing.
 */
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, messageOf, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { Status, type StatusMessage } from "../../lib/Field";
import { MoreMenu } from "../../lib/MoreMenu";
import { MenteeNext } from "../matching/MenteeNext";
import { MentorAvailability } from "../matching/MentorAvailability";
import { Mentorships } from "../mentorships/Mentorships";
import { MyRotations, useMyRotations } from "../rotations/MyRotations";
import { MyGroups, useMyGroups } from "../groups/MyGroups";
import { loadMentorships } from "../mentorships/myMentorships";
import { loadMyRequests, waitingIn } from "../matching/myRequests";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { isMenteeRole, isMentorRole } from "../../lib/roles";
import { MentorApplication } from "./MentorApplication";
import { canAdminister, useSession, type Me } from "../../lib/session";
import { useConfirm } from "../../lib/confirm";
import { StatusTag } from "../../lib/StatusTag";
import { useApi, useApiChange, useQueryClient } from "../../lib/query";
import { OrganiserHome } from "../insights/OrganiserHome";
import { Skeleton } from "../../lib/Skeleton";
import { NextCard, useNext } from "./NextCard";

const loadMatching = () => Promise.all([loadMentorships(), loadMyRequests()]);

const STATUS_TEXT = {
  active: "Active",
  pending: "Waiting for you to confirm your email",
  withdrawn: "Withdrawn",
};

export default function Dashboard() {
  return (
    <RequireSignIn>
      {(me) =>
        canAdminister(me) ? (
          <>
            <OrganiserHome me={me} />
            {me.enrollments.length > 0 && <DashboardView me={me} />}
          </>
        ) : (
          <DashboardView me={me} />
        )
      }
    </RequireSignIn>
  );
}

function DashboardView({ me }: { me: Me }) {
  const { refresh } = useSession();
  const { query } = useLocation();
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const confirmed = me.enrollments.find((e) => e.programId === query.confirmed);
  const matching = useApi(["me", "mentorships-and-requests"], loadMatching);
  // The page shows once what fills it has come (or failed), so nothing below moves as answers arrive.
  const settled = [matching, useNext(), useMyRotations(), useMyGroups()].every((q) => q.data || q.error);
  const mentorships = matching.data?.[0].items ?? null;
  const requests = matching.data?.[1] ?? null;
  const client = useQueryClient();
  // Whatever changed here may change what comes next, too.
  const reload = () => client.invalidateQueries({ queryKey: ["me"] });

  const { ask, dialog } = useConfirm();
  const withdrawing = useApiChange((programId: string) =>
    ok(api.me.enrollments[":programId"].withdraw.$post({ param: { programId } })),
  );
  const withdraw = async (programId: string, name: string) => {
    const yes = await ask({
      title: `Withdraw from ${name}?`,
      message: "Your organisers will see that you left.",
      confirmLabel: "Withdraw",
      danger: true,
    });
    if (!yes) return;
    const failed = (err: unknown) => setMessage({ text: messageOf(err), tone: "error" });
    if ((await withdrawing.run(programId, failed)) === null) return;
    await refresh();
    void reload();
    setMessage({ text: `You withdrew from ${name}.`, tone: "success" });
  };

  return (
    <section>
      {dialog}
      <h1>Hello, {me.person.name}</h1>
      {confirmed && <p class="status success">Your sign-up for {confirmed.program.name} is confirmed.</p>}
      <Status tone={message?.tone} message={message?.text} />
      {!settled ? (
        <Skeleton cards={2} label="Loading your dashboard" />
      ) : (
        <>
          <NextCard />
          <Alert message={matching.error && `Your mentorships could not be loaded: ${matching.error}`}>
            <TryAgain onClick={matching.reload} />
          </Alert>
          {(me.enrollments.length > 0 || (mentorships?.length ?? 0) > 0) && (
            <>
              <h2>Your mentorships</h2>
              {!mentorships ? (
                !matching.error && <Skeleton label="Loading your mentorships" />
              ) : mentorships.length === 0 ? (
                <p class="empty">
                  No mentorships yet. When you are matched, your partner and how to reach them show here.
                </p>
              ) : (
                <Mentorships
                  items={mentorships}
                  onChanged={(text) => {
                    setMessage({ text, tone: "success" });
                    void reload();
                  }}
                  onWithdraw={(m) => withdraw(m.programId, m.programName)}
                />
              )}
            </>
          )}
          <MyRotations />
          <MyGroups />
          <h2>My programs</h2>
          {me.enrollments.length === 0 ? (
            <p class="empty">
              You are not in any program yet. Use the sign-up link your organisers shared to join one.
            </p>
          ) : (
            <ul class="cards">
              {me.enrollments.map((e) => (
                <li class="card" key={e.id}>
                  <h3>{e.program.name}</h3>
                  <p>
                    <span class="tag">{e.program.kind}</span> <span class="tag">{e.role}</span>{" "}
                    <StatusTag status={e.status}>{STATUS_TEXT[e.status]}</StatusTag>
                  </p>
                  {(e.program.startsOn || e.program.endsOn) && (
                    <p class="hint">
                      {e.program.startsOn ?? "…"} to {e.program.endsOn ?? "…"}
                    </p>
                  )}
                  {e.program.description && <p>{e.program.description}</p>}
                  {e.status === "active" && e.program.kind === "roulette" && (
                    <p>
                      <a href={`/roulette/${e.programId}`}>Choose how often you meet, skip a round or pause</a>
                    </p>
                  )}
                  {e.status === "active" &&
                    e.program.kind !== "roulette" &&
                    isMenteeRole(e.role) &&
                    mentorships &&
                    requests && <MenteeNext e={e} mentorships={mentorships} requests={requests} />}
                  {e.status === "active" && e.program.kind !== "roulette" && isMentorRole(e.role) && (
                    <MentorApplication programId={e.programId} programName={e.program.name} />
                  )}
                  {e.status === "active" && e.program.kind !== "roulette" && isMentorRole(e.role) && (
                    <MentorAvailability
                      e={e}
                      waiting={requests ? waitingIn(requests, e.programId) : 0}
                      onChanged={refresh}
                    />
                  )}
                  {e.status !== "withdrawn" && (
                    <div class="actions">
                      <MoreMenu
                        label={`More actions for ${e.program.name}`}
                        items={[
                          {
                            label: `Withdraw from ${e.program.name}`,
                            onSelect: () => withdraw(e.programId, e.program.name),
                          },
                        ]}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2>My profile</h2>
          <dl class="profile">
            <dt>Email</dt>
            <dd>{me.person.email}</dd>
            <dt>Department</dt>
            <dd>{me.person.department || "—"}</dd>
            <dt>Job title</dt>
            <dd>{me.person.title || "—"}</dd>
            <dt>Time zone</dt>
            <dd>{me.person.timezone}</dd>
          </dl>
          <p>
            <a href="/profile">Edit my profile</a>
          </p>
        </>
      )}
    </section>
  );
}
