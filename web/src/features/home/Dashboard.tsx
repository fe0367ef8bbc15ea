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
import { useT } from "./i18n";
import { kindWord, roleWord } from "../../lib/words";

const loadMatching = () => Promise.all([loadMentorships(), loadMyRequests()]);

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
  const { t } = useT();
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
      title: t("home.withdraw.title", { name }),
      message: t("home.withdraw.message"),
      confirmLabel: t("home.withdraw.confirm"),
      danger: true,
    });
    if (!yes) return;
    const failed = (err: unknown) => setMessage({ text: messageOf(err), tone: "error" });
    if ((await withdrawing.run(programId, failed)) === null) return;
    await refresh();
    void reload();
    setMessage({ text: t("home.withdraw.done", { name }), tone: "success" });
  };

  return (
    <section>
      {dialog}
      <h1>{t("home.hello", { name: me.person.name })}</h1>
      {confirmed && <p class="status success">{t("home.confirmed", { program: confirmed.program.name })}</p>}
      <Status tone={message?.tone} message={message?.text} />
      {!settled ? (
        <Skeleton cards={2} label={t("home.loading")} />
      ) : (
        <>
          <NextCard />
          <Alert message={matching.error && t("home.mentorships.failed", { error: matching.error })}>
            <TryAgain onClick={matching.reload} />
          </Alert>
          {(me.enrollments.length > 0 || (mentorships?.length ?? 0) > 0) && (
            <>
              <h2>{t("home.mentorships.title")}</h2>
              {!mentorships ? (
                !matching.error && <Skeleton label={t("home.mentorships.loading")} />
              ) : mentorships.length === 0 ? (
                <p class="empty">{t("home.mentorships.empty")}</p>
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
          <h2>{t("home.programs.title")}</h2>
          {me.enrollments.length === 0 ? (
            <p class="empty">{t("home.programs.empty")}</p>
          ) : (
            <ul class="cards">
              {me.enrollments.map((e) => (
                <li class="card" key={e.id}>
                  <h3>{e.program.name}</h3>
                  <p>
                    <span class="tag">{kindWord(e.program.kind)}</span> <span class="tag">{roleWord(e.role)}</span>{" "}
                    <StatusTag status={e.status}>{t("home.programs.status", { status: e.status })}</StatusTag>
                  </p>
                  {(e.program.startsOn || e.program.endsOn) && (
                    <p class="hint">
                      {t("home.programs.dates", { from: e.program.startsOn ?? "…", to: e.program.endsOn ?? "…" })}
                    </p>
                  )}
                  {e.program.description && <p>{e.program.description}</p>}
                  {e.status === "active" && e.program.kind === "roulette" && (
                    <p>
                      <a href={`/roulette/${e.programId}`}>{t("home.programs.roulette")}</a>
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
                        label={t("home.programs.more", { program: e.program.name })}
                        items={[
                          {
                            label: t("home.programs.withdraw", { program: e.program.name }),
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
          <h2>{t("home.profile.title")}</h2>
          <dl class="profile">
            <dt>{t("home.profile.email")}</dt>
            <dd>{me.person.email}</dd>
            <dt>{t("home.profile.department")}</dt>
            <dd>{me.person.department || "—"}</dd>
            <dt>{t("home.profile.jobTitle")}</dt>
            <dd>{me.person.title || "—"}</dd>
            <dt>{t("home.profile.timezone")}</dt>
            <dd>{me.person.timezone}</dd>
          </dl>
          <p>
            <a href="/profile">{t("home.profile.edit")}</a>
          </p>
        </>
      )}
    </section>
  );
}
