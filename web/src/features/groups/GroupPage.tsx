/**
 * A group's shared page, for its members (and the program's organisers, who only read): who is in it,
 * the next meeting, which any member may set, short notes, newest first, and what the group learned.
 */
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { PersonCard } from "../../lib/PersonCard";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { GroupKnowledge } from "../library/GroupKnowledge";
import { MeetingPanel } from "./MeetingPanel";
import { Notes } from "./Notes";
import { Skeleton } from "../../lib/Skeleton";
import { BackLink } from "../../lib/BackLink";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

const loadGroup = (id: string) => ok(api.groups[":id"].$get({ param: { id } }));
export type GroupData = Awaited<ReturnType<typeof loadGroup>>;

export default function GroupPage() {
  return <RequireSignIn>{() => <GroupView />}</RequireSignIn>;
}

function GroupView() {
  const id = useRoute().params.id!;
  const { t } = useT();
  const { data: group, error, reload: load, set: setGroup } = useApi(["groups", id], () => loadGroup(id));

  if (!group) {
    return (
      <section>
        <Alert message={error}>
          <TryAgain onClick={load} />
        </Alert>
        {!error && <Skeleton />}
      </section>
    );
  }
  return (
    <section class="group-page">
      <BackLink href="/dashboard" label={t("groups.page.back")} />
      <h1>{group.name}</h1>
      <p class="lead">
        {group.program.name}
        {group.status === "proposed" && <Tag tone="warning"> {t("groups.page.notPublished")}</Tag>}
      </p>
      {!group.isMember && <p class="notice">{t("groups.page.organiser")}</p>}
      {group.sharedInterests.length > 0 && (
        <p>
          <strong>{t("groups.page.youShare")}</strong> {group.sharedInterests.join(", ")}
        </p>
      )}
      <h2 id="members-title">{t("groups.page.members")}</h2>
      <ul class="cards" aria-labelledby="members-title">
        {group.members.map((m) => (
          <PersonCard key={m.id} person={m} tag={t("groups.role", { role: m.role })} style={{ margin: 0 }} />
        ))}
      </ul>
      <MeetingPanel
        groupId={group.id}
        meeting={group.nextMeeting}
        canEdit={group.isMember}
        onSaved={(nextMeeting) => setGroup({ ...group, nextMeeting })}
      />
      <Notes
        groupId={group.id}
        notes={group.notes}
        canPost={group.isMember}
        onPosted={(note) => setGroup({ ...group, notes: [note, ...group.notes] })}
      />
      {group.isMember && <GroupKnowledge groupId={group.id} />}
    </section>
  );
}
