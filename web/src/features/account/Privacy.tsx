/**
 * The privacy notice: what Tandem keeps about a participant, who sees it, for how long, and how to
 * download or erase it. Open to anyone, since people read it before they sign up.
 */
import { useLocation } from "preact-iso";

const HELD = [
  ["Your profile", "name, work email, department, job title, location, time zone, languages, years of experience"],
  ["Each program you join", "your role, goals, skills offered and sought, how and how often you like to meet"],
  [
    "Your mentoring",
    "mentorships (your partners by name), meetings, goals and milestones, notes and comments you wrote, requests to mentors",
  ],
  [
    "Around it",
    "survey answers, kudos, badges and certificates, library entries you wrote, event registrations, roulette rounds, training results",
  ],
  ["Your account", "sign-in sessions, the mail Tandem sent you, which mail you opted out of"],
] as const;

export default function Privacy() {
  const { query } = useLocation();
  return (
    <section class="narrow privacy">
      <h1>Privacy notice</h1>
      {query.erased && (
        <p class="notice" role="status">
          Your account is erased. Thank you for the time you spent mentoring.
        </p>
      )}
      <h2>What Tandem keeps</h2>
      <dl>
        {HELD.map(([what, detail]) => (
          <div key={what}>
            <dt>{what}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <h2>Who sees it</h2>
      <p>
        Your program's organisers see your profile and how your mentoring goes; your partners see your profile. Survey
        answers show in the program's results only as counts and, for anonymous surveys, without who answered.
      </p>
      <h2>For how long</h2>
      <p>
        While a program runs, and once it has ended, for 24 months or the period its organisers set; then the program's
        data is deleted. Your profile stays while you take part in any program.
      </p>
      <h2>Your rights</h2>
      <p>
        On <a href="/profile#your-data">your profile page</a>, under <strong>Your data</strong>, you can download
        everything Tandem holds about you (a JSON file, and your meetings as a calendar file), or erase your account.
      </p>
      <p>
        Erasing ends your place in every program; your partners are told you left, without a reason. Your profile,
        goals, requests and notes are deleted; meetings, survey answers and ratings stay in the programs' counts with no
        name on them. Tandem then keeps only a one-way fingerprint (a SHA-256 hash) of your address and the day, so an
        import from your organisation's HR system cannot bring your account back; signing up again yourself removes it.
      </p>
    </section>
  );
}
