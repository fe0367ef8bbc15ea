/** The organiser's home: each program they run as a card, with its numbers and its next step. */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Pager } from "../../lib/Pager";
import { useApi } from "../../lib/query";
import type { Me } from "../../lib/session";
import { ProgramCard } from "./ProgramCard";
import { loadOverview } from "./data";
import "../../styles/insights.css";

export function OrganiserHome({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const programs = useApi(["insights", "home", page], () => loadOverview(page), { keepPrevious: true });
  const data = programs.data;
  return (
    <section class="organiser-home" aria-labelledby="organiser-title">
      <h1 id="organiser-title">Programs you organise</h1>
      <p>
        <a href="/admin/programs">{me.isAdmin ? "Manage programs" : "Programs you manage"}</a> ·{" "}
        <a href="/admin/insights">All programs side by side</a>
      </p>
      <Loading query={programs} failed="Your programs could not be loaded" label="Loading your programs" />
      {!data ? null : data.total === 0 ? (
        <p class="empty">
          No programs yet.{" "}
          {me.isAdmin ? (
            <a href="/admin/programs/new">Create a program</a>
          ) : (
            "When an admin makes you a program's manager, it shows here."
          )}
        </p>
      ) : (
        <>
          <ul class="cards program-cards">
            {data.items.map((p) => (
              <ProgramCard key={p.id} p={p} />
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
      {me.enrollments.length === 0 && (
        <p>
          <a href="/profile">Edit my profile</a>
        </p>
      )}
    </section>
  );
}
