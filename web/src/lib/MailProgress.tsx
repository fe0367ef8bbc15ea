/** How far a bulk send has got: "4,200 of 10,000 welcome mails sent", with a bar and what failed. */
const number = new Intl.NumberFormat();

export type Progress = {
  id: string;
  label: string;
  total: number;
  waiting: number;
  sent: number;
  failed: number;
  skipped: number;
};

export function MailProgress({ progress: p, noun = "mails" }: { progress: Progress; noun?: string }) {
  const barId = `mail-progress-${p.id}`;
  return (
    <div class="mail-progress">
      <label for={barId}>
        {number.format(p.sent)} of {number.format(p.total)} {noun} sent
        {p.waiting > 0 ? `, ${number.format(p.waiting)} waiting` : ""}
        {p.failed > 0 ? `, ${number.format(p.failed)} failed (see Mail problems)` : ""}
        {p.skipped > 0 ? `, ${number.format(p.skipped)} not sent (unsubscribed or expired)` : ""}
      </label>
      <progress id={barId} max={p.total || 1} value={p.sent} />
    </div>
  );
}
