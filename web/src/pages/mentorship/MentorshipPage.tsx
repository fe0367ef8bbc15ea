/** A mentorship's own page: the pair's meetings (scheduled, moved, cancelled, noted) and the mentee's goals. */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { messageOf } from "../../api";
import { Alert } from "../../components/Alert";
import { loadMentorships, type Mentorship } from "../../components/myMentorships";
import { RequireSignIn } from "../../components/RequireSignIn";
import { Goals } from "./Goals";
import { toneOf } from "../../lib/tone";
import { Meetings } from "./Meetings";

export default function MentorshipPage() {
  return <RequireSignIn>{() => <PageView />}</RequireSignIn>;
}

function PageView() {
  const { id } = useRoute().params as { id: string };
  const [m, setM] = useState<Mentorship | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadMentorships().then(
      (r) => setM(r.items.find((x) => x.id === id) ?? null),
      (e) => setError(messageOf(e)),
    );
  }, [id]);
  if (error) return <Alert message={error} />;
  if (m === undefined) return <p aria-busy="true">Loading…</p>;
  if (m === null) return <p class="status error">This mentorship is not one of yours.</p>;
  return (
    <section class="narrow">
      <p>
        <a href="/dashboard">← Dashboard</a>
      </p>
      <h1>Your mentorship with {m.partner.name}</h1>
      <p>
        {m.programName} · {m.role === "mentor" ? "you mentor them" : "your mentor"} ·{" "}
        <span class="tag" data-tone={toneOf(m.status)}>
          {m.status}
        </span>
      </p>
      <Meetings m={m} />
      <Goals m={m} />
    </section>
  );
}
