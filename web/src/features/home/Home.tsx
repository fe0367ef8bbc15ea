import { useSession } from "../../lib/session";

export default function Home() {
  const { me } = useSession();
  return (
    <section class="narrow">
      <h1>Mentoring that carries knowledge across your company</h1>
      <p>
        Tandem runs your mentoring programs: people join through one shared link, say what they can teach and what they
        want to learn, and get matched with the right partner.
      </p>
      {me ? (
        <p>
          <a class="button" href="/dashboard">
            Go to your dashboard
          </a>
        </p>
      ) : (
        <p>
          <a class="button" href="/signin">
            Sign in
          </a>
        </p>
      )}
      <p class="hint">
        Joining a program? Use the sign-up link your organisers shared. Building on Tandem? See the{" "}
        <a href="/api/docs">API reference</a>.
      </p>
    </section>
  );
}
