/** Why this person cannot choose a mentor here, as the API said, and what follows for them. */

const MORE: Record<string, string> = {
  not_choice_mode: "You will hear from them by email when you are matched.",
  choice_closed: "You will hear from them by email.",
  has_mentor: "You can see them on your dashboard.",
  cannot_choose: "If you think this is a mistake, ask your organisers.",
  not_mentee: "Only mentees choose their mentor.",
};

export function Blocked({ code, message }: { code: string; message: string }) {
  return (
    <>
      <p class="empty" role="status">
        {message} {MORE[code] ?? ""}
      </p>
      <p>
        <a href="/dashboard">Back to your dashboard</a>
      </p>
    </>
  );
}
